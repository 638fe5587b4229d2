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
