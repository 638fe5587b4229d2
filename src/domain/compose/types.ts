/**
 * A house style: how an office lays out its response. Data, loaded from JSON and validated by
 * parseHouseStyle (see compose/README.md for the format with an example).
 */
import type { BuiltInStyle } from "../plan";

export interface HouseStyleSummary {
  id: string;
  name: string;
  /** One line for the picker. */
  description: string;
}

/** One paragraph: a text template (placeholders allowed) and its Word built-in style. */
export interface StyledText {
  text: string;
  style: BuiltInStyle;
}

/** Fixed paragraphs (date line, addressee block, subject line, headings, signature...). Tag ird:block:<name>:<inspectionId>. */
export interface TextBlock {
  kind: "text";
  name: string;
  /** Content control title (template, cut to 64 characters). */
  title: string;
  paragraphs: StyledText[];
}

/** Approved standard wording from the library, latest approved version. Tag ird:wording:<id>@<version>. */
export interface WordingBlock {
  kind: "wording";
  name: string;
  wordingId: string;
  style: BuiltInStyle;
}

/** An empty area for the office to write in (key findings, PCC comments). Tag ird:block:<name>:<inspectionId>. */
export interface FillBlock {
  kind: "fill";
  name: string;
  title: string;
  /** Shown dimmed while the area is empty. */
  placeholderText: string;
  style: BuiltInStyle;
}

/** Where the per-recommendation sections go; exactly one per style. */
export interface RecommendationsBlock {
  kind: "recommendations";
  name: string;
  section: SectionShape;
}

export type StyleBlock = TextBlock | WordingBlock | FillBlock | RecommendationsBlock;

/** The shape of one recommendation's section. Templates may use recommendation placeholders. */
export interface SectionShape {
  /** Section control title, e.g. "Recommendation {number}". */
  title: string;
  /** A paragraph before the recommendation text, e.g. "Recommendation {number}" as Heading2; null for none. */
  heading: StyledText | null;
  /** The recommendation paragraph; must use {recommendationText}, e.g. "Recommendation {number}: {recommendationText}". */
  text: StyledText;
  /** Put the recommendation text in quotation marks “…”. */
  quoted: boolean;
  /** One line per sub-part, e.g. "{partNumber}. {partText}" as ListParagraph. */
  part: StyledText;
  /** A label paragraph before the response, e.g. "Force response:"; null for none. */
  responseLabel: StyledText | null;
  response: {
    /** Shown dimmed in the empty response, e.g. "Type the response to recommendation {number} here". */
    placeholderText: string;
    style: BuiltInStyle;
    /** Wording used as the (editable) response when no local response is expected. */
    deferredWordingId: string;
  };
}

export interface HouseStyle extends HouseStyleSummary {
  format: "ird-house-style";
  formatVersion: 1;
  /** The document's blocks in order. */
  blocks: StyleBlock[];
}
