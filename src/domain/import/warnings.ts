/**
 * What the report reader could not be sure of, as facts. The parser serves the pane and the
 * command line, whose users fix things in different places (a field; an option such as --title):
 * each caller words the facts with its own remedies (describeWarning), so neither sees the other's.
 */
import type { RecommendationKind } from "../catalog/types";

export type ImportWarning =
  /** No title in the text, and none given: `used` stands in. */
  | { code: "no-title"; used: string }
  /** The title is the text's opening line(s), not a labelled one. */
  | { code: "title-guessed"; title: string }
  /** The title is the document's own property (a PDF's Title), the text naming none for certain. */
  | { code: "title-from-document"; title: string }
  /** No publication date in the text, and none given: `used` (today) stands in. */
  | { code: "no-publication-date"; used: string }
  /** The text's own count ("We make eight recommendations") differs from what was read. */
  | { code: "count-differs"; kind: RecommendationKind; stated: number; read: number }
  | { code: "numbering-gap"; kind: RecommendationKind; after: number; next: number }
  | { code: "numbering-starts-late"; kind: RecommendationKind; first: number }
  /** Numbered in order of appearance instead, because a number was used twice. */
  | { code: "number-repeated"; kind: RecommendationKind }
  /** Numbered in order of appearance instead, because some had none. */
  | { code: "number-missing"; kind: RecommendationKind }
  /** A local response is assumed. */
  | { code: "no-addressee"; kind: RecommendationKind; number: number }
  | { code: "unfinished-text"; kind: RecommendationKind; number: number };

/** Why nothing was imported. */
export type ImportProblem = { code: "nothing-found" } | { code: "invalid"; error: string };

export const KIND_NAMES: Record<RecommendationKind, { one: string; many: string }> = {
  recommendation: { one: "recommendation", many: "recommendations" },
  "cause-of-concern": { one: "cause of concern", many: "causes of concern" },
  "area-for-improvement": { one: "area for improvement", many: "areas for improvement" },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Cause of concern 2". */
export const itemLabel = (kind: RecommendationKind, number: number) => `${capital(KIND_NAMES[kind].one)} ${number}`;

/** Where the caller's user corrects each thing, in the caller's words: "--title", "the Title field". */
export interface Remedies {
  /** Ends "No title found in the text: …". */
  giveTitle: string;
  /** Ends "…; check the title (…)". */
  checkTitle: string;
  /** Ends "No publication date found in the text: 2026-01-05 used; …". */
  checkPublished: string;
  /** Ends "…: no addressee found; a local response is assumed (…)". */
  changeAddressees: string;
}

/** One warning as a sentence, with the caller's remedies. */
export function describeWarning(w: ImportWarning, remedies: Remedies): string {
  switch (w.code) {
    case "no-title":
      return `No title found in the text: ${remedies.giveTitle}.`;
    case "title-guessed":
      return `Title taken from the first line (“${w.title}”): ${remedies.checkTitle}.`;
    case "title-from-document":
      return `Title taken from the PDF's properties (“${w.title}”): ${remedies.checkTitle}.`;
    case "no-publication-date":
      return `No publication date found in the text: ${w.used} used; ${remedies.checkPublished}.`;
    case "count-differs":
      return `The text says ${w.stated} ${KIND_NAMES[w.kind][w.stated === 1 ? "one" : "many"]}; ${w.read} ${w.read === 1 ? "was" : "were"} read.`;
    case "numbering-gap":
      return `${capital(KIND_NAMES[w.kind].many)}: numbering jumps from ${w.after} to ${w.next}; ${KIND_NAMES[w.kind].one} ${w.after + 1} was not read.`;
    case "numbering-starts-late":
      return `${capital(KIND_NAMES[w.kind].many)}: numbering starts at ${w.first}; earlier ones were not read.`;
    case "number-repeated":
      return `${capital(KIND_NAMES[w.kind].many)}: the same number is used twice; numbered in order of appearance.`;
    case "number-missing":
      return `${capital(KIND_NAMES[w.kind].many)}: some have no number; numbered in order of appearance.`;
    case "no-addressee":
      return `${itemLabel(w.kind, w.number)}: no addressee found; a local response is assumed (${remedies.changeAddressees}).`;
    case "unfinished-text":
      return `${itemLabel(w.kind, w.number)}: the text does not end a sentence; check that none is missing.`;
  }
}
