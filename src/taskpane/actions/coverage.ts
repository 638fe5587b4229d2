/** Scanning the document for coverage, going to a recommendation, highlighting, table and CSV. */
import type { Inspection } from "../../domain/catalog/types";
import { otherInspectionNote } from "../../domain/coverage/named";
import type { PublishCheck } from "../../domain/coverage/publish";
import { isAnswered, type CoverageLocation, type CoverageReport, type RecommendationCoverage } from "../../domain/coverage/types";
import type { DocumentSnapshot } from "../../domain/snapshot";
import { coverageTableTag, responseTag, sectionTagPrefix } from "../../domain/tags";
import type { Services } from "../services";
import { currentReport, selectedInspection } from "../store/selectors";
import { patch, useStore } from "../store/store";
import { unlessAborted } from "./cancellable";
import { WordActionError } from "../../word/port";
import { COVERAGE_TABLE_WIDTHS, coverageCsv, coverageRows, coverageTableTitle } from "./coverageTable";
import { clearOutcomesOnDocumentChange, clearTopic, showFailure, showMessage } from "./messages";

interface ScanState {
  running: Promise<void> | null;
  /** A change arrived while scanning: scan once more when done. */
  again: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  lastStart: number;
  /** Cancels the scan now running ("Cancel check"); null when none is. */
  controller: AbortController | null;
}

const scans = new WeakMap<Services, ScanState>();

function scanState(services: Services): ScanState {
  let s = scans.get(services);
  if (!s) scans.set(services, (s = { running: null, again: false, timer: null, lastStart: -Infinity, controller: null }));
  return s;
}

/** Scans now (Check again, opening the tab), reading the whole document: also resumes automatic checks after a cancel. */
export function refreshCoverage(services: Services): Promise<void> {
  if (useStore.getState().coverage.autoCheckPaused) patch("coverage", { autoCheckPaused: false });
  return startScan(services, "full");
}

/**
 * Every recommendation was found in its own tagged section: a document drafted with the add-in,
 * whose re-check can read only the add-in's sections (issue 12).
 */
const allTagged = (report: CoverageReport | null, inspectionId: string): boolean =>
  report !== null && report.inspectionId === inspectionId && report.items.length > 0 && report.items.every((i) => i.location?.tag !== undefined && i.status !== "missing");

/** Concurrent requests share one scan and queue at most one more. "auto": a re-check after an edit. */
function startScan(services: Services, kind: "full" | "auto"): Promise<void> {
  const s = scanState(services);
  if (s.running) {
    s.again = true;
    return s.running;
  }
  s.lastStart = Date.now();
  const controller = new AbortController();
  const running: Promise<void> = scan(services, controller.signal, kind).finally(() => {
    // A cancelled scan owns nothing any more: a newer scan may be running by now.
    if (s.running !== running) return;
    s.running = null;
    s.controller = null;
    if (s.again) {
      s.again = false;
      requestCoverageRefresh(services);
    }
  });
  s.running = running;
  s.controller = controller;
  return running;
}

/**
 * Stops waiting for the scan now running ("Cancel check"): its result is dropped when it arrives,
 * the last result stays, and automatic checks pause until the user checks again, so a slow scan
 * the user just cancelled does not start over at the next keystroke.
 */
export function cancelCoverageCheck(services: Services): void {
  const s = scanState(services);
  if (!s.controller) return;
  s.controller.abort();
  s.controller = null;
  s.running = null;
  s.again = false;
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  patch("coverage", { scanning: false, autoCheckPaused: true });
  const previous = currentReport(useStore.getState()) !== null;
  showMessage(
    "coverage",
    "info",
    "Check cancelled",
    previous
      ? "The result shown is from the previous check and may be out of date. Choose Check again to check the document; until then it is not checked automatically."
      : "The document was not checked. Choose Check again to check it.",
  );
}

/**
 * Asks for a scan after the document changed: at most one scan every `scanIntervalMs`, and one at
 * the end of a burst of typing, so a long document is not re-read on every keystroke.
 */
export function requestCoverageRefresh(services: Services): void {
  const s = scanState(services);
  if (s.timer || useStore.getState().coverage.autoCheckPaused) return;
  const wait = Math.max(0, s.lastStart + services.scanIntervalMs - Date.now());
  s.timer = setTimeout(() => {
    s.timer = null;
    if (!useStore.getState().coverage.autoCheckPaused) void startScan(services, "auto");
  }, wait);
}

/** Follows the document while the pane is open; returns the unsubscribe. */
export function watchDocument(services: Services): () => void {
  const unsubscribe = services.port.onDocumentChanged(() => {
    clearOutcomesOnDocumentChange();
    requestCoverageRefresh(services);
  });
  return () => {
    unsubscribe();
    const s = scanState(services);
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
  };
}

/** How many "Ready to publish?" lists are on screen (the panel registers its own). */
const publishViews = new WeakMap<Services, number>();

/**
 * The "Ready to publish?" list is on screen: until the returned function is called, every coverage
 * check reads the whole document (one read, as the publish check does) and recomputes the list
 * with it. A list computed before the last coverage check is brought up to date at once.
 */
export function showingPublishList(services: Services): () => void {
  publishViews.set(services, (publishViews.get(services) ?? 0) + 1);
  const { publish, scannedAt } = useStore.getState().coverage;
  if (publish && publish.scannedAt !== scannedAt) requestCoverageRefresh(services);
  let shown = true;
  return () => {
    if (shown) publishViews.set(services, (publishViews.get(services) ?? 1) - 1);
    shown = false;
  };
}

/** A "Ready to publish?" list for this inspection is on screen, so a coverage check recomputes it. */
const publishListShown = (services: Services, inspectionId: string): boolean =>
  (publishViews.get(services) ?? 0) > 0 && useStore.getState().coverage.publish?.inspectionId === inspectionId;

async function scan(services: Services, signal: AbortSignal, kind: "full" | "auto"): Promise<void> {
  const inspection = selectedInspection(useStore.getState());
  if (!inspection) return;
  patch("coverage", { scanning: true });
  try {
    const withPublish = publishListShown(services, inspection.id);
    // After an edit to a document drafted with the add-in, only its sections are read; anything
    // less than every section found there means reading the whole document after all. The
    // "Ready to publish?" list needs the whole letter (date, signature, copies, its boxes).
    const scope = kind === "auto" && !withPublish && allTagged(currentReport(useStore.getState()), inspection.id) ? "sections" : "document";
    // The analysis code is loaded on the first scan, not at start (bundle budget, issue 5).
    const read = await unlessAborted(Promise.all([services.port.readSnapshot(scope), import(/* webpackChunkName: "domain" */ "../domainApi")]), signal);
    if (!read) return;
    const [snapshot, { coverageOf, publishCheckOf }] = read.value;
    // The user may have chosen another inspection while Word was reading.
    if (useStore.getState().catalog.selectedId !== inspection.id) return;
    let report: CoverageReport;
    let check: PublishCheck | undefined;
    // The whole document, when this check read it (not just the sections).
    let whole = scope === "document" ? snapshot : null;
    if (withPublish) {
      // One snapshot for both, so the headline and the list always agree.
      const checked = publishCheckOf(snapshot, inspection, services.now(), useStore.getState().wording);
      ({ report, check } = checked);
    } else {
      report = coverageOf(snapshot, inspection);
      if (scope === "sections" && !allTagged(report, inspection.id)) {
        const full = await unlessAborted(services.port.readSnapshot("document"), signal);
        if (!full || useStore.getState().catalog.selectedId !== inspection.id) return;
        report = coverageOf(full.value, inspection);
        whole = full.value;
      }
    }
    if (whole) noteOtherInspection(report, whole, inspection);
    const scannedAt = Date.now();
    const publish = check ? { publish: { inspectionId: inspection.id, check, scannedAt } } : {};
    patch("coverage", { report, scannedAt, ...publish, tableInDocument: snapshot.controls.some((c) => c.tag === coverageTableTag(inspection.id)) });
    // The list came on screen while this check read the document: check once more, for it too.
    if (!check && publishListShown(services, inspection.id)) requestCoverageRefresh(services);
    clearTopic("coverage");
    if (useStore.getState().coverage.highlight) await applyHighlight(services, report, true);
  } catch (error) {
    if (!signal.aborted) showFailure("coverage", "Could not check which recommendations are answered", error);
  } finally {
    // Once cancelled, the scanning flag belongs to whichever scan came next.
    if (!signal.aborted) patch("coverage", { scanning: false });
  }
}

/**
 * A document that names other inspections of the catalog and never the one chosen (a reviewer
 * checking a letter about another report): said first among the notes, as ird check says it. Only
 * from a whole-document read (a sections-only read is of a document drafted for this inspection).
 */
function noteOtherInspection(report: CoverageReport, snapshot: DocumentSnapshot, inspection: Inspection): void {
  if (!snapshot.paragraphs?.length) return;
  const note = otherInspectionNote(snapshot.paragraphs.map((p) => p.text).join("\n"), inspection, useStore.getState().catalog.inspections);
  if (note) report.notes.unshift(note);
}

/** Response controls exist only where a section is in the document (a missing one has none). */
const responseTagsOf = (report: CoverageReport, items: RecommendationCoverage[]) =>
  items.filter((i) => i.location?.tag && i.status !== "missing").map((i) => responseTag(report.inspectionId, i.recId));

async function applyHighlight(services: Services, report: CoverageReport, on: boolean): Promise<void> {
  const unanswered = report.items.filter((i) => !isAnswered(i.status));
  const answered = report.items.filter((i) => isAnswered(i.status));
  if (on) {
    if (answered.length) await services.port.highlight(responseTagsOf(report, answered), false);
    await services.port.highlight(responseTagsOf(report, unanswered), true);
  } else {
    await services.port.highlight(responseTagsOf(report, report.items), false);
  }
}

export async function setHighlight(services: Services, on: boolean): Promise<void> {
  patch("coverage", { highlight: on });
  const report = currentReport(useStore.getState());
  if (!report) return;
  try {
    await applyHighlight(services, report, on);
    if (on && responseTagsOf(report, report.items.filter((i) => !isAnswered(i.status))).length === 0) {
      showMessage("highlight", "info", "Nothing to highlight", "Highlighting marks unanswered sections inserted by this add-in; this document has none.");
    } else {
      clearTopic("highlight");
    }
  } catch (error) {
    patch("coverage", { highlight: !on });
    showFailure("highlight", on ? "Could not highlight the unanswered sections" : "Could not remove the highlighting", error);
  }
}

export function setOnlyUnanswered(only: boolean): void {
  patch("coverage", { onlyUnanswered: only });
}

/**
 * "Ready to publish?": reads the whole document, refreshes coverage with it and lists everything
 * that stands between the draft and publication (domain/coverage/publish.ts).
 */
export async function checkReadyToPublish(services: Services): Promise<void> {
  const inspection = selectedInspection(useStore.getState());
  if (!inspection || useStore.getState().coverage.checkingPublish) return;
  patch("coverage", { checkingPublish: true });
  try {
    const [snapshot, { publishCheckOf }, { loadWording }] = await Promise.all([
      services.port.readSnapshot("document"),
      import(/* webpackChunkName: "domain" */ "../domainApi"),
      import(/* webpackChunkName: "wording-actions" */ "./wording"),
    ]);
    // The office's own wording, even if the Wording tab was never opened: its retired entries are blockers.
    loadWording(services);
    if (useStore.getState().catalog.selectedId !== inspection.id) return;
    const { report, check } = publishCheckOf(snapshot, inspection, services.now(), useStore.getState().wording);
    noteOtherInspection(report, snapshot, inspection);
    const scannedAt = Date.now();
    patch("coverage", { report, scannedAt, publish: { inspectionId: inspection.id, check, scannedAt } });
    clearTopic("publish");
  } catch (error) {
    showFailure("publish", "Could not check whether the response is ready to publish", error);
  } finally {
    patch("coverage", { checkingPublish: false });
  }
}

/** Takes the user to what a "Ready to publish?" item is about. */
export async function goToPublishItem(services: Services, location: CoverageLocation | undefined): Promise<void> {
  try {
    if (location?.tag) await services.port.selectTag(location.tag, "start");
    else if (location?.paragraphIndex !== undefined) await services.port.selectParagraph(location.paragraphIndex);
    clearTopic("go-to");
  } catch (error) {
    showFailure("go-to", "Could not go to that place in the document", error);
  }
}

/**
 * A drafted recommendation: the cursor at the start of its response, ready to type (issue 13); the
 * section's start when the response control is gone.
 */
async function goToResponse(services: Services, item: RecommendationCoverage): Promise<void> {
  const report = currentReport(useStore.getState());
  try {
    await services.port.selectTag(responseTag(report?.inspectionId ?? "", item.recId), "start");
  } catch (error) {
    if (!(error instanceof WordActionError && error.failure.kind === "section-missing")) throw error;
    await services.port.selectTag(item.location!.tag!, "start");
  }
}

/** Takes the user to a recommendation's section (tagged) or the paragraph where it was found. */
export async function goToRecommendation(services: Services, item: RecommendationCoverage): Promise<void> {
  try {
    // A missing recommendation has nothing to go to, whatever location the analysis guessed.
    if (item.status === "missing") {
      showMessage("go-to", "info", `Recommendation ${item.number} is not in the document yet`, "Insert its section from the Draft tab, or use Insert missing sections.");
      return;
    }
    if (item.location?.tag) await goToResponse(services, item);
    else if (item.location?.paragraphIndex !== undefined) await services.port.selectParagraph(item.location.paragraphIndex);
    else {
      showMessage("go-to", "info", `Recommendation ${item.number} is not in the document yet`, "Insert its section from the Draft tab, or use Insert missing sections.");
      return;
    }
    clearTopic("go-to");
  } catch (error) {
    showFailure("go-to", `Could not go to recommendation ${item.number}`, error);
  }
}

/**
 * "Add coverage table" / "Update coverage table": the table lives in its own tagged control, so a
 * second time replaces its contents in place (one table, never two that disagree). A table added
 * before the add-in kept it in a control is found by its heading and left alone, with how to
 * replace it.
 */
export async function addCoverageTable(services: Services): Promise<void> {
  const state = useStore.getState();
  const report = currentReport(state);
  const inspection = selectedInspection(state);
  if (!report || !inspection) return;
  patch("coverage", { exporting: true });
  const title = coverageTableTitle(inspection);
  const tag = coverageTableTag(inspection.id);
  let updating = state.coverage.tableInDocument;
  try {
    const { paragraphs = [], controls = [] } = await services.port.readSnapshot("document");
    updating = controls.some((c) => c.tag === tag);
    if (!updating && paragraphs.some((p) => p.text.trim() === title)) {
      showMessage("coverage-export", "warning", "The document already has a coverage table", `To bring it up to date, delete the table and its heading “${title}”, then add it again.`);
      return;
    }
    const put = await services.port.putTable({ tag, title, rows: coverageRows(report, inspection), widths: COVERAGE_TABLE_WIDTHS, afterSectionsOf: sectionTagPrefix(inspection.id) });
    patch("coverage", { tableInDocument: true });
    if (put.done === "updated") showMessage("coverage-export", "success", "Coverage table updated", "It shows each recommendation as checked just now; nothing else in the document changed.");
    else
      showMessage(
        "coverage-export",
        "success",
        "Coverage table added",
        put.at === "after-sections" ? "It is after the last recommendation’s section." : put.at === "cursor" ? "It is at the cursor." : "It is at the end of the document.",
      );
  } catch (error) {
    showFailure("coverage-export", updating ? "The coverage table could not be updated" : "The coverage table could not be added", error);
  } finally {
    patch("coverage", { exporting: false });
  }
}

export function exportCoverageCsv(services: Services): void {
  const state = useStore.getState();
  const report = currentReport(state);
  const inspection = selectedInspection(state);
  if (!report || !inspection) return;
  try {
    const blob = new Blob([coverageCsv(report, inspection)], { type: "text/csv;charset=utf-8" });
    services.download(`coverage-${inspection.id}.csv`, blob);
  } catch (error) {
    showFailure("coverage-export", "The CSV file could not be saved", error);
  }
}
