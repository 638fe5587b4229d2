/** How `ird check` prints a report: a table for people, JSON for scripts. */
import type { Inspection } from "../domain/catalog/types";
import type { CoverageReport } from "../domain/coverage/types";

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
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const cut = (s: string, n: number) => (s.length <= n ? s : s.slice(0, n - 1) + "…");

export function toTable(file: string, inspection: Inspection, report: CoverageReport, width = 100): string {
  const lines: string[] = [];
  lines.push(`${file}: ${inspection.shortTitle} (${inspection.id})`);
  lines.push(`  ${pad("Rec", 6)}${pad("Status", 13)}${pad("Sure", 6)}Evidence`);
  const evidenceWidth = Math.max(20, width - 27);
  for (const i of report.items) {
    lines.push(`  ${pad(String(i.number), 6)}${pad(i.status, 13)}${pad(i.confidence.toFixed(2), 6)}${cut(i.evidence.replace(/\s+/g, " "), evidenceWidth)}`);
    for (const w of i.warnings ?? []) lines.push(`        warning: ${w.message}`);
    for (const p of i.parts) lines.push(`    ${pad(p.partId, 8)}${pad(p.status, 13)}${pad(p.confidence.toFixed(2), 6)}${cut(p.evidence.replace(/\s+/g, " "), evidenceWidth - 4)}`);
  }
  const s = report.summary;
  const open = report.items.filter((i) => i.status === "missing" || i.status === "placeholder").map((i) => i.number);
  const warned = report.items.filter((i) => i.warnings?.length).map((i) => i.number);
  lines.push(`  ${s.answered} of ${s.total} answered${open.length ? `; not yet answered: ${open.join(", ")}` : ""}${warned.length ? `; needs attention: ${warned.join(", ")}` : ""}`);
  for (const n of report.notes) lines.push(`  note: ${n}`);
  return lines.join("\n");
}
