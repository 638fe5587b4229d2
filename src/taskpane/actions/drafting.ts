/** House styles and inserting the response, its sections and standard wording. */
import type { Plan } from "../../domain/plan";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { emptySettings } from "../../domain/settings";
import type { Inspection } from "../../domain/catalog/types";
import type { InsertOutcome, InsertWhere, StoredResult, WordPort } from "../../word/port";
import { houseStyles, readHouseStyle, type Composed, type Composer, type WordingOption } from "../domainApi";
import type { Services } from "../services";
import type { DraftingTask, StyleEntry } from "../store/draftingSlice";
import { activeStyle, selectedInspection } from "../store/selectors";
import { patch, useStore } from "../store/store";
import { nextTask, unlessAborted } from "./cancellable";
import { requestCoverageRefresh } from "./coverage";
import { describeInsert, insertedAnything, withNotes, type OutcomeNote } from "./insertOutcome";
import { clearTopic, showFailure, showMessage } from "./messages";
import { mayInsertFor } from "./secondInspection";

const CUSTOM_STYLES_KEY = "ird.houseStyles.v1";

/** Built-in styles plus the ones this office added (stored as the JSON they pasted). */
export function loadStyles(services: Services): void {
  const entries: StyleEntry[] = houseStyles().map((style) => ({ style, custom: false }));
  const stored = services.storage.getItem(CUSTOM_STYLES_KEY);
  if (stored) {
    try {
      for (const text of JSON.parse(stored) as string[]) {
        const read = readHouseStyle(text);
        if ("style" in read && !entries.some((e) => e.style.id === read.style.id)) entries.push({ style: read.style, custom: true });
      }
    } catch {
      showMessage("styles-load", "warning", "Your added house styles could not be read", "Add them again from Draft › Add a house style.");
    }
  }
  const { settings, drafting } = useStore.getState();
  const wanted = drafting.styleId ?? settings.saved?.defaultStyleId;
  patch("drafting", { styles: entries, styleId: entries.find((e) => e.style.id === wanted)?.style.id ?? entries[0]?.style.id ?? null });
}

export { chooseStyle } from "./styleChoice";

export function chooseWhere(where: InsertWhere): void {
  patch("drafting", { where });
}

export function editStyleDraft(text: string): void {
  patch("drafting", { styleDraft: text, styleDraftError: null });
}

/**
 * Refused before it is read into the form: a file far larger than any house style (the style's own
 * limit, HOUSE_STYLE_LIMITS.fileChars, is 256 000 characters, at most 4 bytes each).
 */
export const MAX_STYLE_FILE_BYTES = 1_024_000;

/** True (and the reason shown) when a chosen style file is too large to read. */
export function refuseLargeStyleFile(name: string, bytes: number): boolean {
  if (bytes <= MAX_STYLE_FILE_BYTES) return false;
  patch("drafting", { styleDraftError: `“${name}” is too large to be a house style (${Math.ceil(bytes / 1000).toLocaleString("en-GB")} KB). Check you chose the style file.` });
  return true;
}

function saveCustomStyles(services: Services, entries: StyleEntry[]): void {
  const texts = entries.filter((e) => e.custom).map((e) => JSON.stringify(e.style));
  services.storage.setItem(CUSTOM_STYLES_KEY, JSON.stringify(texts));
}

/** Validates the pasted JSON; on success adds (or replaces) the office's style and selects it. */
export function addStyleFromDraft(services: Services): boolean {
  const { drafting } = useStore.getState();
  const read = readHouseStyle(drafting.styleDraft);
  if ("error" in read) {
    patch("drafting", { styleDraftError: read.error });
    return false;
  }
  const existing = drafting.styles.find((e) => e.style.id === read.style.id);
  if (existing && !existing.custom) {
    patch("drafting", { styleDraftError: `“${read.style.id}” is the id of a built-in style. Give your style another id.` });
    return false;
  }
  const styles = [...drafting.styles.filter((e) => e.style.id !== read.style.id), { style: read.style, custom: true }];
  try {
    saveCustomStyles(services, styles);
  } catch (error) {
    patch("drafting", { styleDraftError: `The style is valid but could not be saved in this browser (${error instanceof Error ? error.message : String(error)}).` });
    return false;
  }
  patch("drafting", { styles, styleId: read.style.id, styleChosen: true, styleDraft: "", styleDraftError: null });
  showMessage("styles", "success", `House style “${read.style.name}” added`, "It is now selected for drafting.");
  return true;
}

export function removeCustomStyle(services: Services, styleId: string): void {
  const { drafting } = useStore.getState();
  const styles = drafting.styles.filter((e) => !(e.custom && e.style.id === styleId));
  saveCustomStyles(services, styles);
  patch("drafting", { styles, styleId: drafting.styleId === styleId ? (styles[0]?.style.id ?? null) : drafting.styleId });
}

const loadDefaultComposer = (): Promise<Composer> => import(/* webpackChunkName: "domain" */ "../domainApi");

/** The insert Word has not been given yet, if any: the only kind that can still be cancelled. */
let pendingInsert: AbortController | null = null;

/** Cancels the insert being prepared. Once Word has the change it runs to the end (one batch). */
export function cancelInsert(): void {
  pendingInsert?.abort();
}

/** What an insert composes: the plan, and anything about how it was composed the user should know. */
type Prepared = Composed & { notes?: OutcomeNote[] };
type Compose = (composer: Composer, sections: DocumentSnapshot) => Prepared;

/** Composes the plan; null if the user cancelled meanwhile. */
async function prepare(services: Services, compose: (composer: Composer) => Prepared, signal: AbortSignal): Promise<Prepared | null> {
  // Yield first, so a click on Cancel already queued lands before the work starts.
  await nextTask();
  const loaded = await unlessAborted((services.loadComposer ?? loadDefaultComposer)(), signal);
  if (!loaded) return null;
  const composed = compose(loaded.value);
  // And once more before Word is given the plan: after that there is no going back.
  await nextTask();
  return signal.aborted ? null : composed;
}

/**
 * Runs one insert: compose (cancellable), then send (not: Word applies the batch as a whole), then
 * one message; progress on the right button, and the pane usable whatever happens.
 */
async function runInsert(
  services: Services,
  task: DraftingTask,
  compose: Compose,
  send: (port: WordPort, plan: Plan, inspection: Inspection) => Promise<InsertOutcome>,
  what: string,
): Promise<void> {
  const state = useStore.getState();
  const inspection = selectedInspection(state);
  if (!inspection) {
    showMessage("insert", "warning", "Choose an inspection first", "Pick the inspection you are responding to on the Inspections tab.");
    return;
  }
  if (state.drafting.busy) return;
  const controller = new AbortController();
  pendingInsert = controller;
  patch("drafting", { busy: task, insertStage: "preparing" });
  clearTopic("insert");
  try {
    // A document answering another inspection: ask before anything goes in (issue 13).
    const sections = await mayInsertFor(services, inspection);
    if (!sections) {
      showMessage("insert", "info", `${what} not inserted`, `The document is unchanged. To answer ${inspection.shortTitle} in a letter of its own, open a new document.`);
      return;
    }
    const composed = await prepare(services, (composer) => compose(composer, sections), controller.signal);
    if (!composed) {
      showMessage("insert", "info", `${what} not inserted`, "You cancelled before Word was given anything, so nothing was inserted and the document is unchanged.");
      return;
    }
    pendingInsert = null;
    patch("drafting", { insertStage: "applying" });
    const { plan, missing, problems } = composed;
    // The inspection is stored in the document by the same Word action (one round of Word work per user action).
    const outcome = await send(services.port, plan, inspection);
    patch("drafting", { lastOutcome: outcome });
    // One banner for the outcome: what was inserted, then what to do about it. Notes about the
    // inserted text only when something was inserted (never "nothing was added" with "fill in …").
    const message = withNotes(describeInsert(outcome, what, inspection), insertedAnything(outcome) ? [...(composed.notes ?? []), ...insertNotes(missing, problems, outcome.stored)] : []);
    showMessage("insert", message.intent, message.title, message.body);
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure("insert", `${what} could not be inserted`, error);
  } finally {
    if (pendingInsert === controller) pendingInsert = null;
    patch("drafting", { busy: null, insertStage: null });
  }
}

/**
 * What the user should know about text just inserted: details not filled in, house style problems,
 * and (a note, not an error) the inspection not recorded in the document, which lets reviewers work
 * without a catalog.
 */
function insertNotes(missing: string[], problems: string[], stored: StoredResult): OutcomeNote[] {
  const notes: OutcomeNote[] = [];
  if (missing.length > 0) notes.push({ intent: "warning", text: `Some details are not filled in yet: the text shows [${missing.join("], [")}] where they belong. Add them in Settings, or edit the document directly.` });
  if (problems.length > 0) notes.push({ intent: "warning", text: `The house style has problems: ${problems.join(" ")} Check the style, or choose another.` });
  if (typeof stored === "object") notes.push({ intent: "info", text: `The inspection could not be recorded in the document, so coverage checks on another computer may need it chosen by hand (${stored.failed}).` });
  return notes;
}

/** Takes back the last insert (Undo in Word may take back only part of it, WORD-SEMANTICS 70). */
export async function removeLastInsert(services: Services): Promise<void> {
  const { drafting } = useStore.getState();
  const receipt = drafting.lastOutcome?.receipt;
  if (!receipt || drafting.busy) return;
  patch("drafting", { busy: { kind: "remove" } });
  try {
    const { removed, tracked } = await services.port.removeInserted(receipt);
    patch("drafting", { lastOutcome: null });
    if (tracked > 0)
      showMessage(
        "insert",
        "warning",
        "Marked as deleted, not yet removed",
        `Track Changes is on, so Word marked ${tracked === removed ? "what was inserted" : `${tracked} of the ${removed} blocks`} as deleted. Accept those deletions (Review › Accept) to take ${tracked === 1 ? "it" : "them"} out of the document.`,
      );
    else showMessage("insert", "success", "Removed what was just inserted", removed > 0 ? `${removed} block${removed === 1 ? "" : "s"} removed from the document.` : "It was no longer in the document.");
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure("insert", "Could not remove what was just inserted", error);
  } finally {
    patch("drafting", { busy: null });
  }
}

function draftingInputs(services: Services) {
  const state = useStore.getState();
  const entry = activeStyle(state);
  if (!entry) throw new Error("no house style is available");
  return { inspection: selectedInspection(state)!, style: entry.style, settings: state.settings.saved ?? emptySettings(), today: services.now() };
}

/**
 * Sections for a document that already holds some of this inspection: in the house style those were
 * built with, when the document shows it, whatever style is chosen here, and the user is told (issue 13).
 */
function planMatchingSections(services: Services, composer: Composer, sections: DocumentSnapshot, recIds?: string[]): Prepared {
  const i = draftingInputs(services);
  const styles = useStore.getState().drafting.styles.map((e) => e.style);
  const found = composer.documentStyle(sections, i.inspection, styles, i.settings, i.today);
  const style = styles.find((s) => s.id === found && s.id !== i.style.id);
  if (!style) return composer.planSections(i.inspection, i.style, i.settings, i.today, recIds);
  return {
    ...composer.planSections(i.inspection, style, i.settings, i.today, recIds),
    notes: [{ intent: "info", text: `The sections already in the document are in the “${style.name}” house style, so this was inserted in that style too, not in “${i.style.name}” (chosen on this tab).` }],
  };
}

export function insertFullResponse(services: Services): Promise<void> {
  return runInsert(
    services,
    { kind: "full" },
    (composer) => {
      const i = draftingInputs(services);
      return composer.planFullResponse(i.inspection, i.style, i.settings, i.today);
    },
    (port, plan, inspection) => port.insertPlan(plan, useStore.getState().drafting.where, inspection),
    "Full response",
  );
}

export function insertSection(services: Services, recId: string): Promise<void> {
  const rec = selectedInspection(useStore.getState())?.recommendations.find((r) => r.id === recId);
  return runInsert(
    services,
    { kind: "section", recId },
    (composer, sections) => planMatchingSections(services, composer, sections, [recId]),
    (port, plan, inspection) => port.insertPlan(plan, useStore.getState().drafting.where, inspection),
    `Section for recommendation ${rec?.number ?? ""}`.trim(),
  );
}

export function insertMissingSections(services: Services): Promise<void> {
  return runInsert(
    services,
    { kind: "missing" },
    (composer, sections) => planMatchingSections(services, composer, sections),
    (port, plan, inspection) => port.insertMissing(plan, inspection),
    "Missing sections",
  );
}

export async function insertWording(services: Services, option: WordingOption): Promise<void> {
  if (useStore.getState().drafting.busy) return;
  patch("drafting", { busy: { kind: "wording", wordingId: option.id } });
  clearTopic("insert");
  try {
    const outcome = await services.port.insertWording(option.control);
    patch("drafting", { lastOutcome: outcome });
    const message = describeInsert(outcome, `“${option.title}”`, selectedInspection(useStore.getState()) ?? undefined);
    const fill = option.missing.length && insertedAnything(outcome) ? ` Fill in [${option.missing.join("], [")}] in the text.` : "";
    showMessage("insert", message.intent, message.title, `${message.body}${fill}`);
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure("insert", `“${option.title}” could not be inserted`, error);
  } finally {
    patch("drafting", { busy: null });
  }
}
