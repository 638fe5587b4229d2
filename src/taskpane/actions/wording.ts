/**
 * The Wording tab: the office's library (saved per user, imported, exported, edited by comms),
 * favourites and recently used wording, and inserting an entry at the cursor.
 */
import type { Recommendation } from "../../domain/catalog/types";
import { emptySettings } from "../../domain/settings";
import { responseTag } from "../../domain/tags";
import {
  mergeCategories,
  parseWordingFile,
  putSnippet,
  readWordingForm,
  versionForEdit,
  wordingFileText,
  type WordingForm,
  type WordingFormField,
} from "../../domain/wording";
import { officeLibrary, wordingOptions, type WordingOption } from "../domainApi";
import type { Services } from "../services";
import { selectedInspection } from "../store/selectors";
import { patch, useStore, type Store } from "../store/store";
import type { WordingShelf } from "../store/wordingSlice";
import type { WordingTarget } from "../../word/port";
import { requestCoverageRefresh } from "./coverage";
import { describeInsert, insertedAnything } from "./insertOutcome";
import { clearTopic, showFailure, showMessage } from "./messages";

const OFFICE_KEY = "ird.wording.office.v1";
const FAVOURITES_KEY = "ird.wording.favourites.v1";
const RECENT_KEY = "ird.wording.recent.v1";
const EDITOR_KEY = "ird.wording.editor.v1";
const RECENT_MAX = 8;

/** A wording file larger than this is refused before it is read. */
export const MAX_WORDING_FILE_BYTES = 10 * 1024 * 1024;

function readList(services: Services, key: string): string[] {
  try {
    const value: unknown = JSON.parse(services.storage.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function save(services: Services, key: string, value: string): boolean {
  try {
    services.storage.setItem(key, value);
    return true;
  } catch (error) {
    showMessage("wording-save", "warning", "Your wording could not be saved in this browser", error instanceof Error ? error.message : String(error));
    return false;
  }
}

/** Reads this user's saved wording once (the tab calls it when first shown). */
export function loadWording(services: Services): void {
  if (useStore.getState().wording.loaded) return;
  const stored = services.storage.getItem(OFFICE_KEY);
  let office = { snippets: [] as Store["wording"]["office"], categories: [] as Store["wording"]["categories"] };
  if (stored) {
    const read = parseWordingFile(stored);
    office = { snippets: read.snippets, categories: read.categories };
    if (read.problems.length) showMessage("wording-load", "warning", "Some of your office's wording could not be read", "Import the office's library again from the Wording tab.");
  }
  patch("wording", {
    loaded: true,
    office: office.snippets,
    categories: office.categories,
    favourites: readList(services, FAVOURITES_KEY),
    recent: readList(services, RECENT_KEY),
    editor: services.storage.getItem(EDITOR_KEY) === "1",
  });
}

export const searchWording = (query: string) => patch("wording", { query });
export const filterWording = (filter: string | WordingShelf | null) => patch("wording", { filter });
export const chooseWording = (chosenId: string | null) => patch("wording", { chosenId });
export const chooseWordingRecommendation = (recId: string | null) => patch("wording", { recId });

export function setWordingEditor(services: Services, editor: boolean): void {
  save(services, EDITOR_KEY, editor ? "1" : "0");
  patch("wording", { editor, editing: null });
}

export function toggleFavourite(services: Services, id: string): void {
  const { favourites } = useStore.getState().wording;
  const next = favourites.includes(id) ? favourites.filter((f) => f !== id) : [...favourites, id];
  save(services, FAVOURITES_KEY, JSON.stringify(next));
  patch("wording", { favourites: next });
}

function remember(services: Services, id: string): void {
  const next = [id, ...useStore.getState().wording.recent.filter((r) => r !== id)].slice(0, RECENT_MAX);
  save(services, RECENT_KEY, JSON.stringify(next));
  patch("wording", { recent: next });
}

/** The library in use: the office's from Settings › Sources (else the built-in one), with the entries edited here on top. */
export const libraryInUse = (w: Store["wording"]) => officeLibrary(w.office, w.organisation);

/** The categories in force: built-in, then those of the library from Sources, then those added here. */
export const wordingCategories = (w: Store["wording"]) => mergeCategories([...w.organisationCategories, ...w.categories]);

/** The recommendation the wording is for: the one chosen on the tab, if it belongs to the inspection. */
export function wordingRecommendation(state: Store): Recommendation | null {
  return selectedInspection(state)?.recommendations.find((r) => r.id === state.wording.recId) ?? null;
}

/** Everything the tab lists, filled for this office, inspection and recommendation. */
export function currentWordingOptions(state: Store, today: Date): WordingOption[] {
  const { editor } = state.wording;
  return wordingOptions(libraryInUse(state.wording), wordingCategories(state.wording), editor ? "editor" : "officer", {
    settings: state.settings.saved ?? emptySettings(),
    inspection: selectedInspection(state),
    recommendation: wordingRecommendation(state),
    today,
  });
}

/**
 * Where to offer wording Word could only put at the end (Word 2016 cannot say where the cursor is;
 * a header or a table outside our sections): the response to the recommendation chosen on the tab,
 * when there is one, since that is where the author means it to go.
 */
function nearestFor(nearest: WordingTarget): WordingTarget {
  const state = useStore.getState();
  const inspection = selectedInspection(state);
  const rec = wordingRecommendation(state);
  return nearest.at === "end" && inspection && rec ? { at: "response", responseTag: responseTag(inspection.id, rec.id) } : nearest;
}

/**
 * Inserts an entry at the cursor (the pane has already asked about missing values). Drafts and
 * retired entries are never inserted, even by an editor who can see them.
 */
export async function insertChosenWording(services: Services, option: WordingOption, target?: WordingTarget): Promise<void> {
  if (useStore.getState().drafting.busy) return;
  if (option.status !== "approved") {
    showMessage("insert", "warning", `“${option.title}” is not approved`, `It is ${option.status === "draft" ? "still a draft" : "retired"}; only approved wording can be inserted.`);
    return;
  }
  patch("drafting", { busy: { kind: "wording", wordingId: option.id } });
  patch("wording", { offer: null });
  clearTopic("insert");
  try {
    const outcome = await services.port.insertWording(option.control, target);
    if (outcome.placement.at === "refused") {
      // Nothing was inserted: the tab asks whether to put it in the nearest place instead, never moving it silently.
      patch("wording", { offer: { wordingId: option.id, reason: outcome.placement.reason, nearest: nearestFor(outcome.placement.nearest) } });
      return;
    }
    patch("drafting", { lastOutcome: outcome });
    remember(services, option.id);
    const message = describeInsert(outcome, `“${option.title}”`, selectedInspection(useStore.getState()) ?? undefined);
    // Nothing inserted: nothing to fill in.
    const fill = option.missing.length && insertedAnything(outcome) ? ` Fill in [${option.missing.join("], [")}] in the text.` : "";
    const prompts = option.preview.prompts.length && insertedAnything(outcome) ? ` Replace the ${option.preview.prompts.length === 1 ? "prompt" : `${option.preview.prompts.length} prompts`} in square brackets with this office's facts.` : "";
    showMessage("insert", message.intent, message.title, `${message.body}${fill}${prompts}`);
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure("insert", `“${option.title}” could not be inserted`, error);
  } finally {
    patch("drafting", { busy: null });
  }
}

export const dismissWordingOffer = () => patch("wording", { offer: null });

export const editWording = (editing: string | "new" | null) => patch("wording", { editing });

function saveOffice(services: Services, office: Store["wording"]["office"], categories: Store["wording"]["categories"]): boolean {
  return save(services, OFFICE_KEY, wordingFileText(office, categories));
}

/**
 * Saves the editor's form: a draft is changed in place; an approved or retired entry gets a new
 * version, so documents keep a record of exactly which text they used. Returns the problems, if any.
 */
export function saveWordingForm(services: Services, form: WordingForm, isNew: boolean): Partial<Record<WordingFormField, string>> | null {
  const { office, categories } = useStore.getState().wording;
  const library = libraryInUse(useStore.getState().wording);
  const id = form.id.trim();
  if (isNew && library.some((s) => s.id === id)) return { id: `The id “${id}” is already used. Choose another, or edit that entry.` };
  const read = readWordingForm(form, versionForEdit(library, id), wordingCategories(useStore.getState().wording));
  if ("errors" in read) return read.errors;
  const next = putSnippet(office, read.snippet);
  if (!saveOffice(services, next, categories)) return null;
  patch("wording", { office: next, editing: null, chosenId: read.snippet.id });
  showMessage("wording", "success", `“${read.snippet.title}” saved`, `Version ${read.snippet.version}, ${read.snippet.status}.${read.snippet.status === "approved" ? " Officers see it now." : " Officers see only approved wording."}`);
  return null;
}

/** Reads a chosen library file and, when every entry is valid, makes it the office's library. */
export async function importWordingFile(services: Services, file: { name: string; size: number; text: () => Promise<string> }): Promise<void> {
  const refuse = (reason: string) => patch("wording", { importError: `“${file.name}” was not imported: ${reason}` });
  if (file.size > MAX_WORDING_FILE_BYTES) return refuse(`it is larger than 10 MB (${(file.size / 1024 / 1024).toFixed(1)} MB). Check you chose the wording library.`);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse(`it could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  const read = parseWordingFile(text);
  const whole = read.problems.find((p) => p.index === -1);
  if (whole) return refuse(`the file ${whole.message}.`);
  if (read.problems.length) {
    const listed = read.problems.slice(0, 3).map((p) => `${p.label}: ${p.message}`).join("; ");
    return refuse(`${read.problems.length} ${read.problems.length === 1 ? "entry is" : "entries are"} not valid (${listed}). Nothing was changed.`);
  }
  if (!saveOffice(services, read.snippets, read.categories)) return;
  patch("wording", { office: read.snippets, categories: read.categories, importError: null, chosenId: null, editing: null });
  showMessage("wording", "success", "Wording library imported", `${read.snippets.length} ${read.snippets.length === 1 ? "entry" : "entries"} from “${file.name}” replace the office's previous library.`);
}

/** Offers the whole library in use (built-in entries and the office's, every version) as a JSON file to edit or share. */
export function exportWording(services: Services): void {
  const wording = useStore.getState().wording;
  services.download("wording-library.json", new Blob([wordingFileText(libraryInUse(wording), [...wording.organisationCategories, ...wording.categories])], { type: "application/json" }));
}
