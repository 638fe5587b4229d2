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

/** Something a reviewer must look at in an answer that counts (issue 13's codes). */
export interface CoverageWarning {
  /** "no-action-or-reason": the answer does not say what was or will be done, or why nothing will be (s.55(5B)). */
  code: "no-action-or-reason";
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
  summary: { answered: number; unanswered: number; total: number };
  /** Things worth telling the user: duplicate sections, unknown tags, no text at all... */
  notes: string[];
}

/** answered and deferred both count as answered (a reasoned "for another body" is a response). */
export const isAnswered = (s: CoverageStatus) => s === "answered" || s === "deferred";
