/** An inspection report and its recommendations, as the inspectorates published them. */
export interface RecommendationPart {
  /** e.g. "r2.1" */
  id: string;
  text: string;
}

/**
 * What the report calls the item. A cause of concern carries the recommendations made under it as
 * its parts. Areas for improvement (PEEL) are not recommendations: they live in
 * `Inspection.areasForImprovement`, never in `recommendations`, so coverage cannot count them.
 */
export type RecommendationKind = "recommendation" | "cause-of-concern" | "area-for-improvement";

export interface Recommendation {
  /** Stable within its inspection, e.g. "r3". */
  id: string;
  /** Absent means "recommendation" (catalogs written before kinds existed). */
  kind?: RecommendationKind;
  /** The number the report gives it. */
  number: number;
  /** HMICFRS monitoring portal id, e.g. "21912", where known. */
  portalId: string | null;
  /** Verbatim recommendation text. */
  text: string;
  /** Bodies the recommendation is addressed to, e.g. ["police forces", "CPS"]. */
  addressees: string[];
  /** false when it is addressed only to other (national) bodies. */
  localResponseExpected: boolean;
  /** The report's own due wording: "Immediately", "By March 2022", or null. */
  due: string | null;
  parts: RecommendationPart[];
}

/**
 * Whose report it is: "force" for an inspection of one force (PEEL, a force inspection), "national"
 * for a national or joint thematic report about many. A response to a national report must not
 * call it "an inspection of <force>".
 */
export type InspectionScope = "force" | "national";

export interface Inspection {
  id: string;
  title: string;
  shortTitle: string;
  /** ISO date, YYYY-MM-DD. */
  publishedOn: string;
  inspectorates: string[];
  type: string;
  /** Absent: inferred from `type` (inspectionScope). */
  scope?: InspectionScope;
  portalId: string | null;
  /** false: the entry lists only the recommendations forces and PCCs respond to. */
  complete: boolean;
  recommendations: Recommendation[];
  /** PEEL areas for improvement, where the entry lists them; never counted as recommendations. */
  areasForImprovement?: Recommendation[];
}

/** Something wrong with one catalog entry; the entry is skipped, the rest still load. */
export interface CatalogProblem {
  /** Index of the entry in the source list, or -1 for the file as a whole. */
  index: number;
  /** The entry's id or title where it had one. */
  label: string;
  message: string;
}

export interface CatalogLoad {
  inspections: Inspection[];
  problems: CatalogProblem[];
}
