/** What coverage says about each recommendation of an inspection in one document. */
export type CoverageStatus = "answered" | "deferred" | "placeholder" | "missing";

/** Where the evidence is, so the pane can select it. */
export interface CoverageLocation {
  /** The section control's tag, for documents drafted with the add-in. */
  tag?: string;
  /** Index into DocumentSnapshot.paragraphs, for untagged documents. */
  paragraphIndex?: number;
}

export interface PartCoverage {
  partId: string;
  status: CoverageStatus;
  confidence: number;
  evidence: string;
}

/**
 * Something a reviewer must look at in an answer:
 * - "no-action-or-reason": it does not say what was or will be done, or why nothing will be (s.55(5B));
 * - "default-deferral": the add-in's deferral wording exactly as inserted, not yet reviewed;
 * - "unedited-wording": other standard wording exactly as inserted;
 * - "prompt-left": a prompt for the author is still in it (the answer is then a placeholder).
 */
export interface CoverageWarning {
  code: "no-action-or-reason" | "default-deferral" | "unedited-wording" | "prompt-left";
  message: string;
}

export interface RecommendationCoverage {
  recId: string;
  number: number;
  status: CoverageStatus;
  /** 0..1: how sure the analysis is of `status`. */
  confidence: number;
  /** A short snippet of the text that decided it (empty when missing). */
  evidence: string;
  location?: CoverageLocation;
  parts: PartCoverage[];
  /** Present only when there is something to warn about. */
  warnings?: CoverageWarning[];
}

export interface CoverageReport {
  inspectionId: string;
  items: RecommendationCoverage[];
  /** `answered` counts answered and deferred, warnings or not. */
  summary: { answered: number; unanswered: number; total: number };
  /**
   * The total split the way a reviewer reads it, in the groups the rows' badges show (`standingOf`).
   */
  breakdown: CoverageBreakdown;
  /** Things worth telling the user: duplicate sections, unknown tags, no text at all... */
  notes: string[];
}

/** The total split into the groups the rows' badges show (`standingOf`): every recommendation in exactly one. */
export type CoverageBreakdown = Record<Standing, number>;

/** answered and deferred both count as answered (a reasoned "for another body" is a response). */
export const isAnswered = (s: CoverageStatus) => s === "answered" || s === "deferred";

type Judged = Pick<RecommendationCoverage, "status" | "warnings"> & { parts?: readonly Pick<PartCoverage, "status">[] };

/**
 * The parts an answered recommendation may leave unanswered (none when the whole is unanswered:
 * that is its own status). Shown on the parts themselves; it does not make the recommendation
 * need attention: part matching is by topic words, and lawful answers cover parts without naming
 * them (the real responses do), so the headline, Ready to publish and `ird check` leave it out.
 */
export const partsLeft = (i: Judged): number => (isAnswered(i.status) ? (i.parts ?? []).filter((p) => !isAnswered(p.status)).length : 0);

/**
 * Whether a recommendation needs the reviewer: not yet answered (placeholder) or answered with a
 * warning. The headline's "need attention" count, the rows' warning look and "Show only what needs
 * attention" all use this one rule.
 */
export const needsAttention = (i: Judged): boolean => i.status === "placeholder" || (i.warnings?.length ?? 0) > 0;

/** Done: answered or deferred with nothing left to look at (what the headline counts as answered). */
export const isDone = (i: Judged): boolean => isAnswered(i.status) && !needsAttention(i);

/**
 * Where a recommendation stands, one group per badge: the headline counts these groups, the rows'
 * badges, the letter's coverage table and the CLI's table say them in the same words (`STANDING`).
 * - "answered" / "deferred": nothing left to look at;
 * - "not-reviewed": deferred with the add-in's default wording, untouched;
 * - "attention": answered or deferred with another warning;
 * - "placeholder": not yet answered; "missing": not in the document.
 */
export type Standing = "answered" | "deferred" | "not-reviewed" | "attention" | "placeholder" | "missing";

export function standingOf(i: Judged): Standing {
  if (i.status === "placeholder" || i.status === "missing") return i.status;
  if (!needsAttention(i)) return i.status;
  return i.status === "deferred" && i.warnings?.some((w) => w.code === "default-deferral") ? "not-reviewed" : "attention";
}

/**
 * The words for each group: `headline` after its count in the pane's headline; `badge` on a row and
 * in the letter's coverage table (short: at WordApi 1.1 the table is tab-separated paragraphs);
 * `spoken` what a screen reader hears; `warn` whether it shows in warning colours.
 */
export interface StandingWords {
  headline: (n: number) => string;
  badge: (status: CoverageStatus) => string;
  spoken: (status: CoverageStatus) => string;
  warn: boolean;
}

export const STANDING: Record<Standing, StandingWords> = {
  answered: { headline: (n) => `${n} answered`, badge: () => "answered", spoken: () => "answered", warn: false },
  deferred: { headline: (n) => `${n} deferred`, badge: () => "deferred", spoken: () => "deferred", warn: false },
  "not-reviewed": { headline: (n) => `${n} deferred (not reviewed)`, badge: () => "deferred · not reviewed", spoken: () => "deferred, not reviewed", warn: true },
  attention: {
    headline: (n) => `${n} need${n === 1 ? "s" : ""} attention`,
    badge: (s) => `${s === "deferred" ? "deferred" : "answered"} · needs attention`,
    spoken: (s) => `${s === "deferred" ? "deferred" : "answered"}, needs attention`,
    warn: true,
  },
  placeholder: { headline: (n) => `${n} not yet answered`, badge: () => "not yet answered", spoken: () => "not yet answered", warn: true },
  missing: { headline: (n) => `${n} missing`, badge: () => "missing", spoken: () => "missing", warn: true },
};

/** The headline's groups in order; answered and missing always show, the others when there are any. */
export const STANDING_ORDER: readonly Standing[] = ["answered", "deferred", "not-reviewed", "attention", "placeholder", "missing"];

export function breakdownOf(items: readonly Judged[]): CoverageBreakdown {
  const b = Object.fromEntries(STANDING_ORDER.map((s) => [s, 0])) as CoverageBreakdown;
  for (const i of items) b[standingOf(i)]++;
  return b;
}

/** "0 answered · 4 deferred (not reviewed) · 8 not yet answered · 1 missing". */
export const headlineOf = (b: CoverageBreakdown): string =>
  STANDING_ORDER.filter((s) => s === "answered" || s === "missing" || b[s] > 0)
    .map((s) => STANDING[s].headline(b[s]))
    .join(" · ");

/** The badge text of a recommendation (the pane's row, the letter's table, the CLI's table). */
export const badgeOf = (i: Judged): string => STANDING[standingOf(i)].badge(i.status);

/**
 * A part is matched by its topic words only, so a part an answered recommendation may leave out is
 * no count and no blocker: it is something to check, said as such (neutral, never a warning).
 */
export const PART_TO_CHECK = "may not be covered";

/** Whether `part` of the recommendation `item` is one to check (see `partsLeft`). */
export const partToCheck = (item: Pick<RecommendationCoverage, "status">, part: Pick<PartCoverage, "status">): boolean => isAnswered(item.status) && !isAnswered(part.status);

/** A part's words: "may not be covered" when it is one to check; otherwise its own status's badge. */
export const partBadgeOf = (item: Pick<RecommendationCoverage, "status">, part: Pick<PartCoverage, "status">): string =>
  partToCheck(item, part) ? PART_TO_CHECK : STANDING[part.status].badge(part.status);
