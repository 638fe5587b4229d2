/**
 * A tracker table pasted from Word or Excel (cells separated by tabs): one row, one
 * recommendation. The recommendation is the text cell; numbers and portal ids come from their
 * own cells; force names, owners, statuses ("Completed") and updates are left out.
 */
import type { RecommendationKind } from "../catalog/types";
import type { RawItem } from "./segment";
import { MODALS, STATUS_WORD, TABLE_HEADER_WORD, TABLE_TEXT_HEADER } from "./words";

export interface TableHeader {
  /** Column of the recommendation text, where a header names it. */
  textColumn: number | null;
  numberColumn: number | null;
  portalColumn: number | null;
  kindColumn: number | null;
}

/** A header row: most of its cells are column names. */
export function tableHeader(cells: string[]): TableHeader | null {
  const filled = cells.filter(Boolean);
  const named = filled.filter((c) => TABLE_HEADER_WORD.test(c.replace(/[:.]$/, "")));
  if (filled.length < 2 || named.length < Math.max(2, Math.ceil(filled.length / 2))) return null;
  const find = (re: RegExp) => {
    const k = cells.findIndex((c) => re.test(c.trim().replace(/[:.]$/, "")));
    return k < 0 ? null : k;
  };
  return {
    textColumn: find(TABLE_TEXT_HEADER),
    numberColumn: find(/^(?:no\.?|number|ref(?:erence)?|#)$/i),
    portalColumn: find(/^(?:id|portal id|portal ref(?:erence)?)$/i),
    kindColumn: find(/^(?:type|category)$/i),
  };
}

const NUMBER_CELL = /^(?:R|Rec\.?\s*|Recommendation\s*|AFI\s*|CoC\s*)?(\d{1,3})\.?$/i;
const PORTAL_CELL = /^#?\s?(\d{4,6})$/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function rowItem(cells: string[], header: TableHeader | null, sectionKind: RecommendationKind | null): Omit<RawItem, "at"> | null {
  let textAt = header?.textColumn ?? null;
  if (textAt === null || !cells[textAt] || words(cells[textAt]) < 4) {
    // No header to go by: the cell that asks someone to act, else the longest prose cell.
    const prose = cells.map((c, k) => ({ c, k })).filter(({ c }) => words(c) >= 5 && !STATUS_WORD.test(c));
    const asking = prose.filter(({ c }) => MODALS.test(c));
    const pick = (asking.length ? asking : prose).sort((a, b) => a.k - b.k)[0];
    textAt = pick ? pick.k : null;
  }
  if (textAt === null) return null;
  const numberCell = header?.numberColumn ?? cells.findIndex((c, k) => k !== textAt && NUMBER_CELL.test(c.trim()));
  const portalCell = header?.portalColumn ?? cells.findIndex((c, k) => k !== textAt && PORTAL_CELL.test(c.trim()));
  const nm = numberCell !== null && numberCell >= 0 ? NUMBER_CELL.exec(cells[numberCell]?.trim() ?? "") : null;
  const pm = portalCell !== null && portalCell >= 0 ? PORTAL_CELL.exec(cells[portalCell]?.trim() ?? "") : null;
  const kindCell = header?.kindColumn !== null && header?.kindColumn !== undefined ? cells[header.kindColumn] ?? "" : cells.filter((_, k) => k !== textAt).join(" ");
  const kind: RecommendationKind = /area for improvement|\bAFI\b/i.test(kindCell)
    ? "area-for-improvement"
    : /cause (?:of|for) concern/i.test(kindCell)
      ? "cause-of-concern"
      : sectionKind ?? "recommendation";
  return { kind, number: nm ? Number(nm[1]) : null, portalId: pm ? pm[1] : null, lines: [cells[textAt]], parts: [] };
}
