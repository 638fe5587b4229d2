/** The coverage report as table rows (for the document) and CSV (for a spreadsheet). */
import type { Inspection } from "../../domain/catalog/types";
import { badgeOf, partBadgeOf, type CoverageReport } from "../../domain/coverage/types";

/**
 * Fixed column widths in points (A4 with 2.54 cm margins leaves 451 pt): a long recommendation
 * wraps in its column instead of pushing the status off the page.
 */
export const COVERAGE_TABLE_WIDTHS = [40, 311, 100];

/** The table's heading (and how a table added before it had its own control is recognised). */
export const coverageTableTitle = (inspection: Pick<Inspection, "shortTitle">) => `Recommendations and responses: ${inspection.shortTitle}`;

/**
 * Header row first; one row per recommendation, then one per sub-part under it. The status column
 * says what the pane's badges say ("deferred · not reviewed", parts "may not be covered"), never
 * the add-in's "placeholder".
 */
export function coverageRows(report: CoverageReport, inspection: Inspection): string[][] {
  const rows = [["No.", "Recommendation", "Status"]];
  for (const item of report.items) {
    const rec = inspection.recommendations.find((r) => r.id === item.recId);
    rows.push([String(item.number), rec?.text ?? "", badgeOf(item)]);
    item.parts.forEach((part, i) => {
      const text = rec?.parts.find((p) => p.id === part.partId)?.text ?? "";
      rows.push([`${item.number}.${i + 1}`, text, partBadgeOf(item, part)]);
    });
  }
  return rows;
}

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** RFC 4180 CSV with a BOM so Excel opens it as UTF-8 (dashes and quotes survive). */
export function coverageCsv(report: CoverageReport, inspection: Inspection): string {
  const header = ["Inspection", "No.", "Portal id", "Recommendation", "Status", "Confidence", "Evidence"];
  const lines = [header];
  for (const item of report.items) {
    const rec = inspection.recommendations.find((r) => r.id === item.recId);
    lines.push([inspection.shortTitle, String(item.number), rec?.portalId ?? "", rec?.text ?? "", item.status, item.confidence.toFixed(2), item.evidence]);
    item.parts.forEach((part, i) => {
      const text = rec?.parts.find((p) => p.id === part.partId)?.text ?? "";
      lines.push([inspection.shortTitle, `${item.number}.${i + 1}`, "", text, part.status, part.confidence.toFixed(2), part.evidence]);
    });
  }
  return "\uFEFF" + lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
