/**
 * What one line of a report is, on its own: a section heading, an item's label ("Recommendation
 * 3", "3.", "(3)", "#21912 –"), a number alone, a bullet, a portal title or address, a status log,
 * or text. segment.ts reads the lines in turn with what they are.
 */
import type { RecommendationKind } from "../catalog/types";
import { KIND_LABELS, MODALS, SECTION_HEADINGS, STATUS_LOG_START } from "./words";

export type Unit =
  | { type: "blank" }
  | { type: "heading"; kind: RecommendationKind; number: number | null; rest: string }
  | { type: "label"; kind: RecommendationKind | null; number: number | null; portalId: string | null; style: string; rest: string }
  | { type: "bare"; number: number }
  | { type: "bullet"; rest: string; lettered: boolean }
  | { type: "portalTitle"; title: string; portalId: string }
  | { type: "url"; portalId: string | null }
  | { type: "log" }
  | { type: "otherHeading"; text: string }
  | { type: "row"; cells: string[] }
  | { type: "text"; text: string };

const KIND_LABEL = new RegExp(`^(?:${KIND_LABELS.map((k) => `(${k.pattern})`).join("|")})\\s*(\\d{1,3})?\\s*(?:[:.)\\-–—]\\s*|\\s+|$)(.*)$`, "i");
const PORTAL_PREFIX = /^#\s?(\d{3,6})\s*(?:[-–—:]\s*|\s+)/;
const NUMBERED = /^(?:(\d{1,3})[.)]|\((\d{1,3})\))(?:\s+|$)(.*)$/;
const BULLET = /^(?:[•◦▪‣○·]\s*|[*\-–—]\s+|o\s{1,3}(?=[A-Za-z]))(.*)$/;
const LETTERED = /^(?:\(([a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)|([a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+(.*)$/i;
const SUB_NUMBERED = /^(\d{1,3})\.(\d{1,2})\.?\s+(.*)$/;
const PORTAL_URL = /https?:\/\/[^\s]*justiceinspectorates\.gov\.uk\/[^\s]*?recommendations?\/(\S*)/i;
const PORTAL_TITLE = /^(.{8,}?)\s*\((\d{3,6})\)\s*$/;
const DATE_ONLY = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})(?:\s*[-–:]\s*.*)?$/;

const kindOfLabel = (s: string): RecommendationKind => KIND_LABELS.find((k) => new RegExp(`^(?:${k.pattern})$`, "i").test(s.trim()))!.kind;

/** What one line is, on its own. */
export function classify(text: string): Unit {
  if (!text) return { type: "blank" };
  const url = PORTAL_URL.exec(text);
  if (url && text.replace(url[0], "").trim().length < 3) {
    const id = /(\d{3,6})(?!.*\d{3,6})/.exec(url[1]);
    return { type: "url", portalId: id ? id[1] : null };
  }
  const bare = text.replace(/[:.]$/, "");
  for (const h of SECTION_HEADINGS) {
    if (h.pattern.test(bare)) return { type: "heading", kind: h.kind, number: null, rest: "" };
  }
  const k = KIND_LABEL.exec(text);
  if (k) {
    const labelWord = k[1] ?? k[2] ?? k[3];
    const kind = kindOfLabel(labelWord);
    const number = k[4] ? Number(k[4]) : null;
    let rest = k[5].trim();
    // "Recommendation" as the first word of a sentence ("Recommendations are not orders") is prose.
    if (number === null && rest && !/^[:.\-–—]/.test(text.slice(labelWord.length).trim()) && /^[a-z]/.test(rest)) return { type: "text", text };
    if (number === null && rest && /^s\b/.test(rest)) return { type: "text", text };
    let portalId: string | null = null;
    const p = PORTAL_PREFIX.exec(rest);
    if (p) {
      portalId = p[1];
      rest = rest.slice(p[0].length);
    }
    if (number === null && !rest && !portalId) return { type: "heading", kind, number: null, rest: "" };
    return { type: "label", kind, number, portalId, style: "kind", rest };
  }
  const p = PORTAL_PREFIX.exec(text);
  if (p) return { type: "label", kind: null, number: null, portalId: p[1], style: "portal", rest: text.slice(p[0].length) };
  const n = NUMBERED.exec(text);
  if (n) {
    let rest = n[3];
    let portalId: string | null = null;
    const pp = PORTAL_PREFIX.exec(rest);
    if (pp) {
      portalId = pp[1];
      rest = rest.slice(pp[0].length);
    }
    if (!rest && !/^\d+$/.test(text)) return { type: "label", kind: null, number: Number(n[1] ?? n[2]), portalId, style: text.replace(/\d+/, "#"), rest: "" };
    return { type: "label", kind: null, number: Number(n[1] ?? n[2]), portalId, style: text.slice(0, text.indexOf(n[1] ?? n[2]) + (n[1] ?? n[2]).length + 1).replace(/\d+/, "#"), rest };
  }
  if (/^\d{1,3}$/.test(text)) return { type: "bare", number: Number(text) };
  const sub = SUB_NUMBERED.exec(text);
  if (sub) return { type: "bullet", rest: sub[3], lettered: true };
  const l = LETTERED.exec(text);
  if (l) return { type: "bullet", rest: l[3], lettered: true };
  const b = BULLET.exec(text);
  if (b) return { type: "bullet", rest: b[1], lettered: false };
  const t = PORTAL_TITLE.exec(text);
  if (t && !MODALS.test(t[1])) return { type: "portalTitle", title: t[1].trim(), portalId: t[2] };
  if (STATUS_LOG_START.test(text) || DATE_ONLY.test(text)) return { type: "log" };
  return { type: "text", text };
}
