/**
 * What the report says about itself: its title, when it was published, which inspectorates wrote
 * it, and how many recommendations it says it makes.
 */
import type { RecommendationKind } from "../catalog/types";
import type { Line } from "./clean";
import { COUNT_WORDS, DATE_LABEL, INSPECTORATES, MONTHS, SECTION_HEADINGS, TITLE_LABEL } from "./words";

const MONTH_AT = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const pad = (n: number) => String(n).padStart(2, "0");

function validIso(y: number, m: number, d: number): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** "16 July 2021", "16th July 2021", "16/07/2021" (UK order), "2021-07-16" to ISO, or null. */
export function isoDateIn(text: string): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return validIso(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTH_AT(m[2]) >= 0 && MONTHS[MONTH_AT(m[2])].startsWith(m[2].toLowerCase())) return validIso(+m[3], MONTH_AT(m[2]) + 1, +m[1]);
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (m) return validIso(+m[3], +m[2], +m[1]);
  return null;
}

/** The publication date where the text says so ("Published on: 29 July 2022", "Date published:\n25/02/2022"). */
export function findPublished(lines: Line[]): string | null {
  const text = lines.filter((l) => !l.chrome && l.text);
  for (let i = 0; i < text.length; i++) {
    const t = text[i].text;
    const label = DATE_LABEL.exec(t);
    if (label && /publish|^date\s*:/i.test(t)) {
      const d = isoDateIn(label[1]) ?? (label[1].trim() ? null : text[i + 1] ? isoDateIn(text[i + 1].text) : null);
      if (d) return d;
    }
    const inline = /\bpublished(?: on)?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})/i.exec(t);
    if (inline) {
      const d = isoDateIn(inline[1]);
      if (d) return d;
    }
  }
  return null;
}

export interface TitleFound {
  title: string;
  portalId: string | null;
  /** Taken from the first lines rather than a label: the user should check it. */
  guessed: boolean;
}

/** The report's title: a labelled one, the title line of portal entries, or the document's opening line. */
export function findTitle(lines: Line[], portalTitles: string[]): TitleFound | null {
  const text = lines.filter((l) => !l.chrome && l.text && !l.cells);
  for (let i = 0; i < text.length; i++) {
    const m = TITLE_LABEL.exec(text[i].text);
    if (!m) continue;
    const value = m[1].trim() || text[i + 1]?.text || "";
    const id = /^#\s?(\d{3,6})\s*[-–—:]?\s*/.exec(value);
    const title = (id ? value.slice(id[0].length) : value).trim();
    if (title.length >= 6) return { title, portalId: id ? id[1] : null, guessed: false };
  }
  if (portalTitles.length) {
    const counts = new Map<string, number>();
    for (const t of portalTitles) counts.set(t, (counts.get(t) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    return { title: best, portalId: null, guessed: false };
  }
  // A report opens with its title: the first line or two that read like one (one naming an
  // inspection or report, when such a line comes early, over a letter's addressee block).
  const opening: string[] = [];
  const named = text.slice(0, 12).findIndex((l) => /\b(?:inspection|report|review|PEEL|thematic|response to|investigation)\b/i.test(l.text) && l.text.length <= 160 && !/[.;,]$/.test(l.text));
  for (const [k, l] of text.slice(Math.max(0, named), Math.max(0, named) + 4).entries()) {
    const t = l.text;
    if (k > 0 && /^[a-z]/.test(t) && t.length <= 100 && !/[.;,]$/.test(t)) {
      opening.push(t);
      continue;
    }
    const heading = SECTION_HEADINGS.some((h) => h.pattern.test(t.replace(/[:.]$/, "")));
    const titleLike = t.length >= 6 && t.length <= 160 && /^[A-Z“"‘']/.test(t) && !/[.;,]$/.test(t) && !/\bshould\b/i.test(t) && !isoDateIn(t) && !/^(?:official|page \d|contents)\b/i.test(t);
    if (heading || !titleLike) break;
    opening.push(t);
    if (opening.join(" ").length > 60 || (!/[:–—-]$|\b(?:of|and|the|to|in|for|on)$/i.test(t) && !/^[a-z]/.test(text[Math.max(0, named) + k + 1]?.text ?? ""))) break;
  }
  return opening.length ? { title: opening.join(" ").replace(/\s+/g, " "), portalId: null, guessed: true } : null;
}

export function findInspectorates(text: string): string[] {
  const found = INSPECTORATES.filter((i) => i.pattern.test(text)).map((i) => i.name);
  return found.length ? found : ["HMICFRS"];
}

export function findType(text: string, inspectorates: string[]): string {
  if (/\bPEEL\b/.test(text)) return "PEEL";
  if (inspectorates.length > 1 || /\bjoint (?:thematic )?inspection\b/i.test(text)) return "joint thematic";
  if (/\bthematic\b|\bnational (?:inspection|thematic)\b/i.test(text)) return "national thematic";
  return "inspection";
}

const COUNT = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join("|")})`;
const COUNT_STATEMENT = new RegExp(`(?:^|\\b(?:made|makes|make|making|contains|includes|sets out|set out|identified|identifies|there (?:are|were))\\s+(?:a total of\\s+)?)${COUNT}\\s+(recommendations|causes of concern|areas for improvement)\\b`, "i");

/** "We make eight recommendations", "8 recommendations": the report's own count, to check the reading against. */
export function countStatement(text: string): { kind: RecommendationKind; count: number } | null {
  const m = COUNT_STATEMENT.exec(text);
  if (!m) return null;
  const count = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1].toLowerCase()];
  const kind: RecommendationKind = /improvement/i.test(m[2]) ? "area-for-improvement" : /concern/i.test(m[2]) ? "cause-of-concern" : "recommendation";
  return count ? { kind, count } : null;
}

/** "hmicfrs-peel-2023-25-xshire-police-2024": readable, stable for the same title and year. */
export function makeId(inspectorates: string[], shortTitle: string, publishedOn: string): string {
  const slug = shortTitle
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\b(?:a|an|the|of|on|in|into|and|to|for|inspection|report|police and crime commissioner)\b/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .split("-")
    .filter(Boolean)
    .slice(0, 7)
    .join("-");
  const prefix = (inspectorates.length > 1 ? "cjji" : (inspectorates[0] ?? "").toLowerCase().replace(/[^a-z]/g, "")) || "hmicfrs";
  const year = /^\d{4}/.test(publishedOn) ? publishedOn.slice(0, 4) : "";
  // Within the catalog's id limit (80 characters, catalog/schema.ts), cut at a hyphen where one is near.
  const room = 80 - prefix.length - year.length - 2;
  const cut = slug.length <= room ? slug : slug.slice(0, room).replace(/-[^-]*$/, "") || slug.slice(0, room);
  return [prefix, cut.replace(/-+$/, "") || "inspection", year].filter(Boolean).join("-");
}

/** A short title for lists: the part after the colon of a long title, else its first words. */
export function makeShortTitle(title: string): string {
  if (title.length <= 60) return title;
  const afterColon = title.split(/:\s+/).slice(1).join(": ");
  if (afterColon && afterColon.length <= 60 && afterColon.length >= 8) return afterColon;
  const cut = title.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 20 ? cut.lastIndexOf(" ") : 60).replace(/[\s,:;–—-]+$/, "")}…`;
}
