/**
 * The placeholders that house styles and standard wording may use, and where each is valid.
 * One registry, so an unknown or out-of-scope placeholder is a validation error, never silent.
 */

/**
 * Where a text is used: document-level blocks see only document values; a recommendation
 * section also sees the recommendation's values; a sub-part line also sees the part's.
 */
export type PlaceholderScope = "document" | "recommendation" | "part";

export type PlaceholderKind = "text" | "date" | "number";

export interface PlaceholderInfo {
  scope: PlaceholderScope;
  kind: PlaceholderKind;
  /** Shown in the document as "[label]" when the value is missing, and in the missing-values report. */
  label: string;
  /** True for values that come from the office settings (fixable in Settings). */
  fromSettings?: boolean;
}

export const PLACEHOLDERS = {
  pccName: { scope: "document", kind: "text", label: "PCC name", fromSettings: true },
  pccTitle: { scope: "document", kind: "text", label: "PCC title", fromSettings: true },
  forceName: { scope: "document", kind: "text", label: "force name", fromSettings: true },
  policeArea: { scope: "document", kind: "text", label: "police area", fromSettings: true },
  officeName: { scope: "document", kind: "text", label: "office name", fromSettings: true },
  signatory: { scope: "document", kind: "text", label: "signatory", fromSettings: true },
  /** The signatory's role under the name: the role in Settings, else the PCC title. */
  signatoryRole: { scope: "document", kind: "text", label: "signatory's role", fromSettings: true },
  /** Optional settings (use inside [[ ]] so the line drops out when empty). The address may have several lines: each becomes a paragraph. */
  officeAddress: { scope: "document", kind: "text", label: "office address", fromSettings: true },
  reference: { scope: "document", kind: "text", label: "our reference", fromSettings: true },
  contactEmail: { scope: "document", kind: "text", label: "contact email", fromSettings: true },
  inspectionTitle: { scope: "document", kind: "text", label: "inspection title" },
  shortTitle: { scope: "document", kind: "text", label: "inspection short title" },
  inspectionType: { scope: "document", kind: "text", label: "type of inspection" },
  inspectionPortalId: { scope: "document", kind: "text", label: "inspection portal id" },
  inspectorates: { scope: "document", kind: "text", label: "inspectorates" },
  /** The force's name when the report is an inspection of that one force; empty for national reports (use inside [[ ]]). */
  inspectedForce: { scope: "document", kind: "text", label: "force inspected" },
  recommendationCount: { scope: "document", kind: "number", label: "number of recommendations" },
  publishedOn: { scope: "document", kind: "date", label: "publication date" },
  dueOn: { scope: "document", kind: "date", label: "response due date" },
  today: { scope: "document", kind: "date", label: "date" },
  number: { scope: "recommendation", kind: "number", label: "recommendation number" },
  portalId: { scope: "recommendation", kind: "text", label: "portal id" },
  recommendationText: { scope: "recommendation", kind: "text", label: "recommendation text" },
  addressees: { scope: "recommendation", kind: "text", label: "addressees" },
  due: { scope: "recommendation", kind: "text", label: "recommendation due" },
  partCount: { scope: "recommendation", kind: "number", label: "number of parts" },
  partNumber: { scope: "part", kind: "number", label: "part number" },
  partText: { scope: "part", kind: "text", label: "part text" },
} as const satisfies Record<string, PlaceholderInfo>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/**
 * Formats after a colon: dates take long ("16 July 2021"), short ("16/07/2021"),
 * weekday ("Friday 16 July 2021") or iso; text takes capital (first letter upper case)
 * or lower; numbers take none.
 */
export const FORMATS: Record<PlaceholderKind, readonly string[]> = {
  date: ["long", "short", "weekday", "iso"],
  text: ["capital", "lower"],
  number: [],
};

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

const SCOPE_RANK: Record<PlaceholderScope, number> = { document: 0, recommendation: 1, part: 2 };

/** Whether a placeholder of scope `own` may be used in a text of scope `where`. */
export function visibleIn(own: PlaceholderScope, where: PlaceholderScope): boolean {
  return SCOPE_RANK[own] <= SCOPE_RANK[where];
}
