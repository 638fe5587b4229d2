/**
 * Add inspection: read pasted report text, a JSON file or the report PDF into a draft the user
 * checks and corrects, then save it as one of the office's own inspections. Loaded with the
 * import screen, never at start. Nothing is saved until the user confirms, and a failure never
 * drops what they typed: the text, the draft and its edits stay in the store.
 */
import { readInspectionJson } from "../../domain/catalog/importJson";
import type { Inspection } from "../../domain/catalog/types";
import { describeWarning, importReportText, type ImportProblem, type Remedies } from "../../domain/import";
import * as edits from "../../domain/import/draft";
import type { DraftItem, InspectionDraft } from "../../domain/import/draft";
import type { Services } from "../services";
import type { ImportState } from "../store/importSlice";
import { initialImport } from "../store/importSlice";
import { patch, useStore } from "../store/store";
import { showMessage } from "./messages";
import { leaveImportScreen, storeOwnInspection } from "./ownInspections";

export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_JSON_BYTES = 2 * 1024 * 1024;
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;

const state = (): ImportState => useStore.getState().importing;

/** Today where the user is, YYYY-MM-DD: the publication date when the source gives none. */
function isoToday(services: Services): string {
  const d = services.now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The parser's warnings are facts: here they point to the preview's own fields. */
const PANE_REMEDIES: Remedies = {
  giveTitle: "type it in Title below",
  checkTitle: "check Title below",
  checkPublished: "check Publication date below",
  changeAddressees: "change its Addressees if not",
};

const problemWords = (problem: ImportProblem, what: string) =>
  problem.code === "nothing-found"
    ? `No recommendations were found in ${what} (nor causes of concern or areas for improvement).`
    : `What was read from ${what} is not a valid inspection (${problem.error}).`;

/** Discard (or done): back to the list, forgetting the text and the draft. */
export function closeImport(): void {
  leaveImportScreen(true);
}

/** Back to the list, keeping the text and any draft for when the user comes back. */
export function leaveImport(): void {
  leaveImportScreen(false);
}

export function setImportText(text: string): void {
  patch("importing", { text, sourceError: null });
}

/**
 * Back from the preview to the source, keeping the pasted text. The review, with the user's
 * corrections, is shelved: "Back to the review" restores it; reading the source again replaces it
 * (the source screen says so).
 */
export function backToSource(): void {
  const { draft, warnings, queue } = state();
  patch("importing", { draft: null, warnings: [], problems: [], clash: null, saveError: null, queue: [], editingId: null, shelved: draft ? { draft, warnings, queue } : null });
}

/** Back to the shelved review, exactly as the user left it. */
export function returnToReview(): void {
  const { shelved } = state();
  if (!shelved) return;
  patch("importing", { draft: shelved.draft, warnings: shelved.warnings, queue: shelved.queue, problems: [], sourceError: null, shelved: null });
}

function showDraft(inspection: Inspection, warnings: string[], queue: Inspection[] = []): void {
  patch("importing", { draft: edits.toDraft(inspection), warnings, problems: [], sourceError: null, reading: null, queue, clash: null, saveError: null, shelved: null });
}

function readText(services: Services, text: string, documentTitle: string | null, what: string, firstWarnings: string[] = []): boolean {
  // A PDF's own title property serves where the text names none for certain.
  const result = importReportText(text, { today: isoToday(services), documentTitle });
  if (!result.inspection) {
    patch("importing", { reading: null, sourceError: `${problemWords(result.problem, what)} Check that it includes the report's recommendations (each starting “Recommendation 1”, a number, or a bullet).` });
    return false;
  }
  showDraft(result.inspection, [...firstWarnings, ...result.warnings.map((w) => describeWarning(w, PANE_REMEDIES))]);
  return true;
}

/** Reads the pasted text. */
export function readPastedText(services: Services): boolean {
  const { text } = state();
  if (!text.trim()) {
    patch("importing", { sourceError: "Paste the report's text first (its recommendations at least)." });
    return false;
  }
  if (text.length > MAX_TEXT_CHARS) {
    patch("importing", { sourceError: `The pasted text is too long (${text.length.toLocaleString("en-GB")} characters; at most ${MAX_TEXT_CHARS.toLocaleString("en-GB")}). Paste only the part with the recommendations.` });
    return false;
  }
  return readText(services, text, null, "the pasted text");
}

/** Reads a JSON file in the catalog schema: one inspection, or several checked one after another. */
export async function readJsonFile(file: File, readFileText: (file: Blob) => Promise<string>): Promise<void> {
  if (file.size > MAX_JSON_BYTES) {
    patch("importing", { sourceError: `“${file.name}” is too large (${megabytes(file.size)}; at most ${megabytes(MAX_JSON_BYTES)} for a JSON file).` });
    return;
  }
  let text: string;
  try {
    text = await readFileText(file);
  } catch (error) {
    patch("importing", { sourceError: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}).` });
    return;
  }
  const read = readInspectionJson(text);
  if (read.error || read.inspections.length === 0) {
    patch("importing", { sourceError: `“${file.name}” could not be imported. ${read.error ?? "It lists no inspections."}` });
    return;
  }
  const skipped = read.problems.map((p) => `Not imported: ${p.label}: ${p.message}.`);
  const [first, ...rest] = read.inspections;
  showDraft(first, skipped, rest);
}

let pdfRead: AbortController | null = null;

/** "2", "2 and 5", "2, 5 and 9". */
const listPages = (pages: number[]) => (pages.length === 1 ? String(pages[0]) : `${pages.slice(0, -1).join(", ")} and ${pages.at(-1)}`);

export function cancelPdfRead(): void {
  pdfRead?.abort();
}

/** Reads the report PDF's text in the pane, then the same parser as pasted text. */
export async function readPdfFile(services: Services, file: File): Promise<void> {
  if (file.size > MAX_PDF_BYTES) {
    patch("importing", { sourceError: `“${file.name}” is too large (${megabytes(file.size)}; at most ${megabytes(MAX_PDF_BYTES)} for a PDF). Copy the recommendations from the report and paste them instead.` });
    return;
  }
  pdfRead?.abort();
  const controller = new AbortController();
  pdfRead = controller;
  patch("importing", { reading: `Reading “${file.name}”…`, sourceError: null });
  try {
    const data = await file.arrayBuffer();
    const { readPdf } = await import(/* webpackChunkName: "pdf-text" */ "../pdfText");
    const pdf = await readPdf(data, (page, pages) => !controller.signal.aborted && patch("importing", { reading: `Reading page ${page} of ${pages}…` }), controller.signal);
    if (controller.signal.aborted) return;
    if (!pdf.text.replace(/\f/g, "").trim()) {
      patch("importing", { reading: null, sourceError: `“${file.name}” could not be read: this PDF has no text layer (its pages are probably scanned images). Copy the recommendations from the report's web page and paste them instead.` });
      return;
    }
    const unread = pdf.unreadPages;
    const pagesWarning = unread.length === 0 ? [] : [`${unread.length === 1 ? "Page" : "Pages"} ${listPages(unread)} of “${file.name}” could not be read (damaged): check that no recommendation from ${unread.length === 1 ? "it" : "them"} is missing, and add it with “Add an item” if so.`];
    readText(services, pdf.text, pdf.title, `“${file.name}”`, pagesWarning);
  } catch (error) {
    if (controller.signal.aborted) return;
    const reason = (error as { reason?: string }).reason;
    const why =
      reason === "password"
        ? "it is protected with a password. Open it in a PDF viewer, copy the recommendations and paste them instead."
        : reason === "invalid"
          ? "it is not a PDF this add-in can read. Check that it is the report itself, or copy its text and paste it instead."
          : `something went wrong (${error instanceof Error ? error.message : String(error)}). Try again, or copy the text and paste it instead.`;
    patch("importing", { reading: null, sourceError: `“${file.name}” could not be read: ${why}` });
  } finally {
    if (pdfRead === controller) {
      pdfRead = null;
      if (controller.signal.aborted) patch("importing", { reading: null });
    }
  }
}

// ---- Editing the draft ----

function editDraft(change: (draft: InspectionDraft) => InspectionDraft): void {
  const { draft } = state();
  if (draft) patch("importing", { draft: change(draft), saveError: null });
}

export function setDraftField(field: "title" | "shortTitle" | "id" | "publishedOn", value: string): void {
  const follows = field === "title" && !!state().draft && edits.shortTitleFollows(state().draft!);
  editDraft((d) => (field === "title" ? edits.setTitle(d, value) : field === "shortTitle" ? edits.setShortTitle(d, value) : { ...d, [field]: value }));
  patch("importing", (s) => ({ problems: s.problems.filter((p) => p.field !== field && !(follows && p.field === "shortTitle")) }));
}

export function changeItem(key: string, change: Partial<Omit<DraftItem, "key">>): void {
  editDraft((d) => edits.updateItem(d, key, change));
  patch("importing", (s) => ({ problems: s.problems.filter((p) => p.itemKey !== key) }));
}

export const splitDraftItem = (key: string, at: number) => editDraft((d) => edits.splitItem(d, key, at));
export const mergeDraftItem = (key: string) => editDraft((d) => edits.mergeWithNext(d, key));
export const removeDraftItem = (key: string) => editDraft((d) => edits.removeItem(d, key));
export const moveDraftItem = (key: string, by: -1 | 1) => editDraft((d) => edits.moveItem(d, key, by));
export const renumberDraft = () => editDraft(edits.renumber);
export const addDraftItem = () => editDraft((d) => edits.addItem(d));

// ---- Saving ----

/**
 * Saves the draft as one of the office's own inspections. Returns "saved", "problems" (shown in
 * the preview), "clash" (asks before replacing another inspection with its id) or "failed".
 */
export function saveDraft(services: Services, replaceConfirmed = false): "saved" | "problems" | "clash" | "failed" {
  const { draft, editingId, queue } = state();
  if (!draft) return "failed";
  const checked = edits.fromDraft(draft);
  if (!checked.inspection) {
    patch("importing", { problems: checked.problems, clash: null });
    return "problems";
  }
  const inspection = checked.inspection;
  const { catalog } = useStore.getState();
  const twin = edits.shortTitleTwin(inspection, catalog.inspections, editingId);
  if (twin) {
    const message = `“${twin.shortTitle}” is already the short title of another inspection (${twin.id}, published ${twin.publishedOn}): change this one's Short title so the list can tell them apart.`;
    patch("importing", { problems: [{ field: "shortTitle", message }], clash: null });
    return "problems";
  }
  const existing = catalog.inspections.find((i) => i.id === inspection.id);
  if (existing && existing.id !== editingId && !replaceConfirmed) {
    patch("importing", { problems: [], clash: { id: existing.id, title: existing.shortTitle, builtIn: !catalog.own.includes(existing.id) && !catalog.fromDocument.includes(existing.id) && !catalog.organisation.some((i) => i.id === existing.id) } });
    return "clash";
  }
  try {
    storeOwnInspection(services, inspection, editingId);
  } catch (error) {
    // The draft stays open with every edit: the user can export it or free space and try again.
    patch("importing", {
      clash: null,
      saveError: `This browser refused to store it (${error instanceof Error ? error.message : String(error)}). Your corrections are still here: try again, or delete an inspection you no longer need first.`,
    });
    return "failed";
  }
  const verb = editingId ? "saved" : existing ? "replaced" : "added";
  showMessage("import", "success", `“${inspection.shortTitle}” ${verb}`, "It is listed with your office's inspections. Choose it to draft the response.");
  if (queue.length) {
    const [next, ...rest] = queue;
    showDraft(next, [], rest);
    patch("importing", { editingId: null });
  } else {
    closeImport();
    patch("catalog", { query: "" });
  }
  return "saved";
}

export function dismissClash(): void {
  patch("importing", { clash: null });
}

/** The next inspection of a JSON file, without saving this one. */
export function skipQueued(): void {
  const { queue } = state();
  if (!queue.length) return closeImport();
  const [next, ...rest] = queue;
  showDraft(next, [], rest);
}

export function startEditing(id: string): void {
  const { catalog } = useStore.getState();
  const inspection = catalog.inspections.find((i) => i.id === id && catalog.own.includes(i.id));
  if (!inspection) return;
  patch("importing", { ...initialImport(), open: true, editingId: id, draft: edits.toDraft(inspection) });
}
