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
   * The total split the way a reviewer reads it: answered and deferred with nothing to look at,
   * those that need attention (a placeholder, or any warning), and missing.
   */
  breakdown: CoverageBreakdown;
  /** Things worth telling the user: duplicate sections, unknown tags, no text at all... */
  notes: string[];
}

export interface CoverageBreakdown {
  answered: number;
  deferred: number;
  needsAttention: number;
  missing: number;
}

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
