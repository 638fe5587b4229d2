/** How `ird check` prints a report: a table for people, JSON for scripts. */
import type { Inspection } from "../domain/catalog/types";
import type { PublishCheck } from "../domain/coverage/publish";
import { badgeOf, headlineOf, partBadgeOf, type CoverageReport } from "../domain/coverage/types";
import { oneLine } from "./terminal";

export interface JsonReport {
  inspection: string;
  recommendations: {
    id: string;
    number: number;
    status: string;
    confidence: number;
    evidence: string;
    /** What a reviewer must look at even when the answer counts (e.g. `no-action-or-reason`). */
    warnings: { code: string; message: string }[];
    parts: { id: string; status: string; confidence: number; evidence: string }[];
  }[];
  summary: { answered: number; unanswered: number; total: number };
  /** What the reader should know about how it was checked (e.g. the stored inspection differs from the catalog's). */
  notes: string[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function toJson(report: CoverageReport): JsonReport {
  return {
    inspection: report.inspectionId,
    recommendations: report.items.map((i) => ({
      id: i.recId,
      number: i.number,
      status: i.status,
      confidence: round(i.confidence),
      evidence: i.evidence,
      warnings: (i.warnings ?? []).map((w) => ({ code: w.code, message: w.message })),
      parts: i.parts.map((p) => ({ id: p.partId, status: p.status, confidence: round(p.confidence), evidence: p.evidence })),
    })),
    summary: report.summary,
    notes: [...report.notes],
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const cut = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + "…");

/**
 * Statuses in the pane's words (JSON keeps the codes): a recommendation as its badge says it
 * ("deferred · not reviewed", "answered · needs attention"), a part an answer may leave out as
 * "may not be covered" (./domain/coverage/types: badgeOf, partBadgeOf).
 */
const STATUS_WIDTH = 28;

/** Every field that comes from a document, a catalog or a file name goes through oneLine (./terminal). */
export function toTable(file: string, inspection: Inspection, report: CoverageReport, width = 100): string {
  const lines: string[] = [];
  lines.push(`${oneLine(file)}: ${oneLine(inspection.shortTitle)} (${oneLine(inspection.id)})`);
  lines.push(`  ${pad("Rec", 6)}${pad("Status", STATUS_WIDTH)}${pad("Sure", 6)}Evidence`);
  const evidenceWidth = Math.max(20, width - 14 - STATUS_WIDTH);
  for (const i of report.items) {
    lines.push(`  ${pad(String(i.number), 6)}${pad(badgeOf(i), STATUS_WIDTH)}${pad(i.confidence.toFixed(2), 6)}${cut(oneLine(i.evidence).replace(/\s+/g, " "), evidenceWidth)}`);
    for (const w of i.warnings ?? []) lines.push(`        warning: ${oneLine(w.message)}`);
    for (const p of i.parts) lines.push(`    ${pad(oneLine(p.partId), 8)}${pad(partBadgeOf(i, p), STATUS_WIDTH)}${pad(p.confidence.toFixed(2), 6)}${cut(oneLine(p.evidence).replace(/\s+/g, " "), evidenceWidth - 4)}`);
  }
  const s = report.summary;
  const open = report.items.filter((i) => i.status === "missing" || i.status === "placeholder").map((i) => i.number);
  const warned = report.items.filter((i) => i.warnings?.length).map((i) => i.number);
  // As the pane's headline counts: only answers with nothing left to look at (an answer that needs
  // attention is listed after, not counted as answered). The JSON summary keeps its codes' counts.
  const done = report.breakdown.answered + report.breakdown.deferred;
  lines.push(`  ${done} of ${s.total} answered${open.length ? `; not yet answered: ${open.join(", ")}` : ""}${warned.length ? `; needs attention: ${warned.join(", ")}` : ""}`);
  lines.push(`  ${headlineOf(report.breakdown)}`);
  for (const n of report.notes) lines.push(`  note: ${oneLine(n)}`);
  return lines.join("\n");
}

/**
 * "Ready to publish?" as JSON: whether it is, the deadline, and each item left (code, message,
 * recommendation). A passed deadline is `overdue` with its `deadlineNote`, never an item: `ready`
 * says whether anything the office can fix is left.
 */
export function publishJson(check: PublishCheck) {
  return {
    ready: check.ready,
    dueOn: check.deadline.dueOn,
    daysLeft: check.deadline.daysLeft,
    overdue: check.deadline.overdue,
    ...(check.deadlineNote ? { deadlineNote: check.deadlineNote } : {}),
    items: check.items.map((i) => ({ code: i.code, message: i.message, ...(i.recId ? { recommendation: i.recId } : {}) })),
    optional: check.optional.map((i) => ({ code: i.code, message: i.message, areaForImprovement: i.areaId })),
  };
}

/** "Ready to publish?" for people: one line each, under the coverage table. */
export function publishTable(check: PublishCheck): string {
  const left = check.items.length;
  const head = check.ready ? "  Ready to publish." : `  Not ready to publish: ${left} thing${left === 1 ? "" : "s"} left.`;
  // The deadline is no thing left (nothing fixes it), but it is said, once, before the list.
  const note = [`  ${oneLine(check.deadlineLine)}`];
  const optional = check.optional.length ? ["  Optional (areas for improvement; they do not stop publication):", ...check.optional.map((i) => `    - ${oneLine(i.message)}`)] : [];
  return [head, ...note, ...check.items.map((i) => `    - ${oneLine(i.message)}`), ...optional].join("\n");
}
