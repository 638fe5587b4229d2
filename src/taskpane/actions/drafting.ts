/** House styles and inserting the response, its sections and standard wording. */
import type { Plan } from "../../domain/plan";
import { emptySettings } from "../../domain/settings";
import type { InsertOutcome, InsertWhere, WordPort } from "../../word/port";
import { houseStyles, readHouseStyle, type Composed, type Composer, type WordingOption } from "../domainApi";
import type { Services } from "../services";
import type { DraftingTask, StyleEntry } from "../store/draftingSlice";
import { activeStyle, selectedInspection } from "../store/selectors";
import { patch, useStore } from "../store/store";
import { nextTask, unlessAborted } from "./cancellable";
import { requestCoverageRefresh } from "./coverage";
import { clearTopic, showFailure, showMessage } from "./messages";

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
      showMessage("styles", "warning", "Your added house styles could not be read", "Add them again from Draft › Add a house style.");
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
  patch("drafting", { styles, styleId: read.style.id, styleDraft: "", styleDraftError: null });
  showMessage("styles", "success", `House style “${read.style.name}” added`, "It is now selected for drafting.");
  return true;
}

export function removeCustomStyle(services: Services, styleId: string): void {
  const { drafting } = useStore.getState();
  const styles = drafting.styles.filter((e) => !(e.custom && e.style.id === styleId));
  saveCustomStyles(services, styles);
  patch("drafting", { styles, styleId: drafting.styleId === styleId ? (styles[0]?.style.id ?? null) : drafting.styleId });
}

function describeOutcome(outcome: InsertOutcome, what: string): string {
  // Where it went: Word's note says it precisely when there is one ("Inserted after the section for…").
  const where = outcome.note && outcome.placedAt === "cursor" ? "" : outcome.placedAt === "end" ? " at the end of the document" : " at the cursor";
  const parts = [
    outcome.inserted.length > 0
      ? `${outcome.inserted.length} section${outcome.inserted.length === 1 ? "" : "s"} inserted${where}.`
      : `${what} inserted${where}.`,
  ];
  if (outcome.skipped.length > 0) {
    parts.push(`${outcome.skipped.length} already in the document ${outcome.skipped.length === 1 ? "was" : "were"} left as ${outcome.skipped.length === 1 ? "it was" : "they were"}.`);
  }
  if (outcome.note) parts.push(outcome.note);
  return parts.join(" ");
}

const loadDefaultComposer = (): Promise<Composer> => import(/* webpackChunkName: "domain" */ "../domainApi");

/** The insert Word has not been given yet, if any: the only kind that can still be cancelled. */
let pendingInsert: AbortController | null = null;

/** Cancels the insert being prepared. Once Word has the change it runs to the end (one batch). */
export function cancelInsert(): void {
  pendingInsert?.abort();
}

/** Composes the plan; null if the user cancelled meanwhile. */
async function prepare(services: Services, compose: (composer: Composer) => Composed, signal: AbortSignal): Promise<Composed | null> {
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
async function runInsert(services: Services, task: DraftingTask, compose: (composer: Composer) => Composed, send: (port: WordPort, plan: Plan) => Promise<InsertOutcome>, what: string): Promise<void> {
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
    const composed = await prepare(services, compose, controller.signal);
    if (!composed) {
      showMessage("insert", "info", `${what} not inserted`, "You cancelled before Word was given anything, so nothing was inserted and the document is unchanged.");
      return;
    }
    pendingInsert = null;
    patch("drafting", { insertStage: "applying" });
    const { plan, missing, problems } = composed;
    const outcome = await send(services.port, plan);
    patch("drafting", { lastOutcome: outcome });
    showMessage("insert", "success", `${what} inserted`, describeOutcome(outcome, what));
    if (missing.length > 0) {
      showMessage("missing-values", "warning", "Some details are not filled in yet", `The text shows [${missing.join("], [")}] where they belong. Add them in Settings, or edit the document directly.`);
    } else {
      clearTopic("missing-values");
    }
    if (problems.length > 0) showMessage("style-problems", "warning", "The house style has problems", `${problems.join(" ")} Check the style, or choose another.`);
    else clearTopic("style-problems");
    await storeInspectionQuietly(services);
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure("insert", `${what} could not be inserted`, error);
  } finally {
    if (pendingInsert === controller) pendingInsert = null;
    patch("drafting", { busy: null, insertStage: null });
  }
}

/** Records the inspection in the document so reviewers need no catalog; a failure is worth a note, not an error. */
async function storeInspectionQuietly(services: Services): Promise<void> {
  const inspection = selectedInspection(useStore.getState());
  if (!inspection) return;
  try {
    await services.port.storeInspection(inspection);
  } catch (error) {
    showMessage("store-inspection", "info", "The inspection could not be recorded in the document", `The response was inserted; coverage checks on another computer may need the inspection chosen by hand. (${error instanceof Error ? error.message : String(error)})`);
  }
}

function draftingInputs(services: Services) {
  const state = useStore.getState();
  const entry = activeStyle(state);
  if (!entry) throw new Error("no house style is available");
  return { inspection: selectedInspection(state)!, style: entry.style, settings: state.settings.saved ?? emptySettings(), today: services.now() };
}

export function insertFullResponse(services: Services): Promise<void> {
  return runInsert(
    services,
    { kind: "full" },
    (composer) => {
      const i = draftingInputs(services);
      return composer.planFullResponse(i.inspection, i.style, i.settings, i.today);
    },
    (port, plan) => port.insertPlan(plan, useStore.getState().drafting.where),
    "Full response",
  );
}

export function insertSection(services: Services, recId: string): Promise<void> {
  const rec = selectedInspection(useStore.getState())?.recommendations.find((r) => r.id === recId);
  return runInsert(
    services,
    { kind: "section", recId },
    (composer) => {
      const i = draftingInputs(services);
      return composer.planSections(i.inspection, i.style, i.settings, i.today, [recId]);
    },
    (port, plan) => port.insertPlan(plan, useStore.getState().drafting.where),
    `Section for recommendation ${rec?.number ?? ""}`.trim(),
  );
}

export function insertMissingSections(services: Services): Promise<void> {
  return runInsert(
    services,
    { kind: "missing" },
    (composer) => {
      const i = draftingInputs(services);
      return composer.planSections(i.inspection, i.style, i.settings, i.today);
    },
    (port, plan) => port.insertMissing(plan),
    "Missing sections",
  );
}

/**
 * The port may grow a dedicated method for wording (proposed: insertWording(text, tag)); until then
 * wording goes in as a one-control plan at the cursor, which the port already renders.
 */
type PortWithWording = WordPort & { insertWording?: (text: string, tag: string) => Promise<void> };

export async function insertWording(services: Services, option: WordingOption): Promise<void> {
  const port = services.port as PortWithWording;
  if (useStore.getState().drafting.busy) return;
  patch("drafting", { busy: { kind: "wording", wordingId: option.id } });
  clearTopic("insert");
  try {
    if (port.insertWording) {
      await port.insertWording(option.text, option.tag);
    } else {
      const plan: Plan = {
        inspectionId: useStore.getState().catalog.selectedId ?? "",
        nodes: [option.control],
      };
      await port.insertPlan(plan, "cursor");
    }
    showMessage("insert", "success", `“${option.title}” inserted`, option.missing.length ? `Fill in [${option.missing.join("], [")}] in the text.` : "");
    requestCoverageRefresh(services);
  } catch (error) {
    showFailure("insert", `“${option.title}” could not be inserted`, error);
  } finally {
    patch("drafting", { busy: null });
  }
}
