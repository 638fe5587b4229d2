/**
 * "Ready to publish?" (issue 13): everything that stands between a draft and its publication
 * under s.55 of the Police Act 1996, each with where it is, so the pane can take the user there.
 * Green only when nothing is left that the office can still fix: the 56-day deadline is shown beside
 * the verdict (days left, or passed), never as a thing left. Pure: the snapshot, the inspection, its
 * coverage and today in.
 */
import type { Inspection } from "../catalog/types";
import { STATUTORY_DAYS, deadlineStatus, formatLongDate, statutoryDueDate, type DeadlineStatus } from "../deadline";
import type { DocumentSnapshot } from "../snapshot";
import { letterBlockTag, olderLetterBlocksBelongTo, parseTag } from "../tags";
import { builtInWording, staleWording, type WordingSnippet } from "../wording";
import { areasForImprovementCoverage } from "./areas";
import { findSignature } from "./signOff";
import { promptsLeft, standardWordingLibrary } from "./standardWording";
import { cleanText } from "./text";
import type { CoverageLocation, CoverageReport } from "./types";

export type PublishCode = "missing" | "unanswered" | "warning" | "prompt" | "retired-wording" | "no-date" | "no-signature" | "no-copy-hmicfrs" | "no-copy-home-secretary" | "empty-box";

/** Optional: never blocks publication, never counts in "N things left". */
export type OptionalPublishCode = "area-for-improvement";

export interface PublishItem {
  code: PublishCode;
  message: string;
  /** Where to take the user (a section's tag, or a paragraph of the snapshot). */
  location?: CoverageLocation;
  /** The recommendation it is about, when it is about one. */
  recId?: string;
}

export interface PublishCheck {
  /**
   * Nothing left: every recommendation answered with nothing to look at, and the letter complete.
   * A passed deadline does not make it false: nothing in the document can fix that (`deadlineNote`).
   */
  ready: boolean;
  /** What the office can still fix, each counting in "N things left". */
  items: PublishItem[];
  /**
   * Areas for improvement left unanswered (or not in the document): worth answering, but s.55
   * asks only for the recommendations, so they are listed apart and never make `ready` false.
   */
  optional: OptionalPublishItem[];
  deadline: DeadlineStatus;
  /** The deadline in one line, said once beside the verdict: days left, due today, or when it passed (deadlineLine). */
  deadlineLine: string;
  /** Once the 56-day deadline has passed, that line (not a thing left); else null. */
  deadlineNote: string | null;
}

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * The 56-day deadline, worded once: "Due 24 January 2027: 55 days left.", "Due today, …", or
 * "The 56-day deadline passed on 9 September 2021 (4 days ago): publish it now." (while things
 * are left: "…publish it as soon as it is ready.").
 */
export function deadlineLine(deadline: DeadlineStatus, ready: boolean): string {
  const due = formatLongDate(deadline.dueOn);
  if (deadline.overdue) return `The ${STATUTORY_DAYS}-day deadline passed on ${due} (${days(-deadline.daysLeft)} ago): publish it ${ready ? "now" : "as soon as it is ready"}.`;
  return deadline.daysLeft === 0 ? `Due today, ${due}.` : `Due ${due}: ${days(deadline.daysLeft)} left.`;
}

export interface OptionalPublishItem {
  code: OptionalPublishCode;
  message: string;
  location?: CoverageLocation;
  /** The area for improvement's id. */
  areaId: string;
}

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b`, "gi");
const COPY_LINE = /\b(?:cc|c\.c\.|copy|copies|copied|sent\s+to)\b/i;
const HMICFRS = /\bhmicfrs\b|\binspectorate\s+of\s+constabulary\b|\bhmic\b/i;
const HOME_SECRETARY = /\bhome\s+secretary\b|\bsecretary\s+of\s+state\s+for\s+the\s+home\s+department\b/i;

/** The dates a paragraph gives, as ISO days where they parse (to tell the letter's date from the report's). */
function datesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE)) {
    const t = Date.parse(m[0].replace(/(\d)(?:st|nd|rd|th)/i, "$1"));
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(m[0]);
    if (slash) out.push(`${slash[3].length === 2 ? `20${slash[3]}` : slash[3]}-${slash[2].padStart(2, "0")}-${slash[1].padStart(2, "0")}`);
    else if (!Number.isNaN(t)) {
      const d = new Date(t);
      out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`);
    }
  }
  return out;
}

/** Text Word shows in a control with no placeholder of its own (WORD-SEMANTICS 38, as src/word/snapshot.ts reads it). */
const WORD_DEFAULT_PLACEHOLDERS = ["Click or tap here to enter text.", "Click here to enter text."];

/** A box the office has not written in: empty, or still its own placeholder or Word's. */
function stillEmpty(control: { text: string; placeholderText: string }): boolean {
  const text = cleanText(control.text);
  return text === "" || (control.placeholderText.trim() !== "" && text === cleanText(control.placeholderText)) || WORD_DEFAULT_PLACEHOLDERS.includes(text);
}

/**
 * The letter's boxes still empty (a house style's "fill" blocks: "Chief Constable's comments",
 * "PCC comments"…): this inspection's letter blocks (ird:block:<name>:<inspectionId>, or the older
 * ird:block:<name> when the letter is this inspection's) with nothing written in them. A document
 * not drafted with the add-in has none; its prompts and markers are found in its text.
 */
function emptyBoxes(snapshot: DocumentSnapshot, inspectionId: string): PublishItem[] {
  const tags = snapshot.controls.map((c) => c.tag);
  const older = olderLetterBlocksBelongTo(inspectionId, tags, snapshot.storedInspection?.id);
  const seen = new Set<string>();
  const items: PublishItem[] = [];
  for (const c of snapshot.controls) {
    const parsed = parseTag(c.tag);
    if (parsed?.kind !== "other" || seen.has(c.tag)) continue;
    const name = parsed.name.split(":")[0];
    // Block names are slugs (compose/schema.ts); the coverage table is the add-in's, not a box to write.
    const block = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) && name !== "coverage-table";
    const ours = c.tag === letterBlockTag(name, inspectionId) || (older && parsed.name === name);
    if (!block || !ours || !stillEmpty(c)) continue;
    seen.add(c.tag);
    const title = c.title.trim() || name.replace(/-/g, " ");
    items.push({ code: "empty-box", location: { tag: c.tag }, message: `“${title}” is still empty: write it, or remove the box if you will not publish them.` });
  }
  return items;
}

const inResponse = (tags: string[] | undefined) => (tags ?? []).some((t) => parseTag(t)?.kind === "response");

export function publicationCheck(
  snapshot: DocumentSnapshot,
  inspection: Inspection,
  report: CoverageReport,
  today: Date,
  options: { wording?: readonly WordingSnippet[] } = {},
): PublishCheck {
  const items: PublishItem[] = [];
  const deadline = deadlineStatus(inspection.publishedOn, today);

  for (const item of report.items) {
    const where = item.location ? { location: item.location } : {};
    if (item.status === "missing") items.push({ code: "missing", recId: item.recId, message: `Recommendation ${item.number} is not in the document.` });
    else if (item.status === "placeholder" && !item.warnings?.length) items.push({ code: "unanswered", recId: item.recId, ...where, message: `Recommendation ${item.number} is not yet answered.` });
    for (const w of item.warnings ?? []) items.push({ code: "warning", recId: item.recId, ...where, message: `Recommendation ${item.number}: ${w.message}` });
  }

  items.push(...emptyBoxes(snapshot, inspection.id));

  const paragraphs = snapshot.paragraphs ?? [];
  const library = standardWordingLibrary(options.wording ?? builtInWording);
  // Prompts inside an answer are already reported with that recommendation.
  const reported = items.filter((i) => i.code === "warning").map((i) => i.message);
  paragraphs.forEach((p, paragraphIndex) => {
    if (inResponse(p.controlTags)) return;
    for (const prompt of promptsLeft(p.text, library)) if (!reported.some((m) => m.includes(`“${prompt}”`))) items.push({ code: "prompt", location: { paragraphIndex }, message: `A prompt is still in the document: “${prompt}”.` });
  });

  // Wording the office has withdrawn must not go out (issue 10): each block, where it is.
  for (const stale of staleWording(
    snapshot.controls.map((c) => c.tag),
    options.wording ?? builtInWording,
  ))
    if (stale.kind === "retired") {
      const title = snapshot.controls.find((c) => c.tag === stale.tag)?.title || stale.id;
      items.push({ code: "retired-wording", location: { tag: stale.tag }, message: `“${title}” is wording the office has retired: update or remove it (Wording tab).` });
    }

  const texts = paragraphs.map((p) => cleanText(p.text));
  const reportDates = new Set([inspection.publishedOn, statutoryDueDate(inspection.publishedOn)]);
  if (!texts.some((t) => datesIn(t).some((d) => !reportDates.has(d)))) items.push({ code: "no-date", message: "The letter has no date of its own (only the report's dates)." });

  // Wherever the letter ends: a signature before a long appendix is the letter's signature.
  const signature = findSignature(texts);
  if (!signature) items.push({ code: "no-signature", message: "No signature block: a sign-off (“Yours sincerely”) and the signatory's name and role (Police and Crime Commissioner)." });
  else if (signature.role === undefined)
    items.push({ code: "no-signature", location: { paragraphIndex: signature.signOff }, message: "The signature block has no signatory's name and role (Police and Crime Commissioner) after the sign-off." });

  const copyLines = texts.filter((t) => COPY_LINE.test(t));
  if (!copyLines.some((t) => HMICFRS.test(t))) items.push({ code: "no-copy-hmicfrs", message: "The letter does not say a copy goes to HMICFRS." });
  const addressedToHomeSecretary = texts.slice(0, 12).some((t) => HOME_SECRETARY.test(t));
  if (!addressedToHomeSecretary && !copyLines.some((t) => HOME_SECRETARY.test(t)))
    items.push({ code: "no-copy-home-secretary", message: "The letter does not say a copy goes to the Home Secretary." });

  const optional = areasForImprovementCoverage(snapshot, inspection)
    .filter((a) => a.status !== "answered")
    .map((a): OptionalPublishItem => ({
      code: "area-for-improvement",
      areaId: a.areaId,
      ...(a.location ? { location: a.location } : {}),
      message: a.status === "missing" ? `Area for improvement ${a.number} is not in the document (optional).` : `Area for improvement ${a.number} is not yet answered (optional).`,
    }));

  const ready = items.length === 0;
  const line = deadlineLine(deadline, ready);
  return { ready, items, optional, deadline, deadlineLine: line, deadlineNote: deadline.overdue ? line : null };
}
