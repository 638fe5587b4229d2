/**
 * Compose: inspection + house style + office settings -> a Plan (what to insert, tagged).
 * Pure and deterministic: the same input (including options.today) gives the same plan.
 * Public API for the task pane; src/word renders the Plan.
 */
import type { Inspection } from "../catalog/types";
import type { Plan, PlanControl, PlanNode } from "../plan";
import { fieldTag, fieldTitle, isFieldTemplate } from "../fields";
import { letterBlockTag, wordingTag } from "../tags";
import { builtInWording, findWording, wordingParagraphs } from "../wording";
import type { PlaceholderName } from "../wording/placeholders";
import type { WordingSnippet } from "../wording/types";
import { wordingValues, type WordingContext } from "../wording/values";
import type { OfficeSettings } from "../settings/types";
import { Filler, control, paragraph } from "./render";
import { composeSection } from "./sections";
import type { HouseStyle, RecommendationsBlock, StyleBlock } from "./types";
import type { BuiltInStyle } from "../plan";

export * from "./types";
export { parseHouseStyle, houseStyleSchema, HOUSE_STYLE_LIMITS, type HouseStyleParse } from "./schema";
export { builtInStyles, findStyle, styleSummaries } from "./styles";
export { recTextTag, fitTitle, MAX_TITLE } from "./render";
export { planStats, type PlanStats } from "./stats";

export interface ComposeOptions {
  /** The date for {today} (the letter's date). Passed in so compose stays deterministic. */
  today: Date;
  /** Only these recommendations get sections (in the inspection's order); all when absent. */
  recommendationIds?: string[];
  /** The wording library; the built-in one when absent. */
  wording?: readonly WordingSnippet[];
}

export interface ComposeResult {
  plan: Plan;
  /** Placeholders with no value, shown in the document as "[PCC name]" etc. (mostly unfilled settings). */
  missing: PlaceholderName[];
  /** Problems with the style or wording library, in plain language (e.g. wording not found). */
  problems: string[];
}

/** Settings may be incomplete: the gaps show as visible markers and are reported in `missing`. */
type SettingsInput = Partial<OfficeSettings>;

function selectedRecommendations(inspection: Inspection, ids: readonly string[] | undefined) {
  if (!ids) return inspection.recommendations;
  const wanted = new Set(ids);
  return inspection.recommendations.filter((r) => wanted.has(r.id));
}

function recommendationsBlock(style: HouseStyle): RecommendationsBlock {
  const b = style.blocks.find((x): x is RecommendationsBlock => x.kind === "recommendations");
  // parseHouseStyle guarantees exactly one; a hand-built style without one is a programming error.
  if (!b) throw new Error(`House style "${style.id}" has no recommendations block`);
  return b;
}

function composeBlock(
  block: Exclude<StyleBlock, RecommendationsBlock>,
  inspectionId: string,
  context: WordingContext,
  library: readonly WordingSnippet[],
  filler: Filler,
): PlanControl {
  const values = wordingValues(context);
  const tag = letterBlockTag(block.name, inspectionId);
  switch (block.kind) {
    case "text":
      return control(tag, filler.title(block.title, values), block.paragraphs.flatMap((st): PlanNode[] => {
        const paragraphs = filler.paragraphs([st], values);
        // A line made only of settings is a tagged field, so a later change in Settings can update it alone.
        return isFieldTemplate(st.text) && paragraphs.length > 0 ? [control(fieldTag(st.text), fieldTitle(st.text), paragraphs)] : paragraphs;
      }));
    case "fill":
      return control(tag, filler.title(block.title, values), [paragraph("", block.style)], {
        placeholderText: filler.fill(block.placeholderText, values),
      });
    case "wording": {
      const snippet = findWording(library, block.wordingId) ?? findWording(library, block.wordingId, { includeDrafts: true });
      if (!snippet) {
        filler.problems.push(`The wording "${block.wordingId}" used by this style is not in the library.`);
        return control(tag, block.name, [paragraph(`[Wording "${block.wordingId}" not found]`, block.style)]);
      }
      if (snippet.status !== "approved") filler.problems.push(`The wording "${snippet.id}" is still a draft (version ${snippet.version}).`);
      return wordingControl(snippet, filler.fill(snippet.text, values), block.style);
    }
  }
}

function wordingControl(snippet: WordingSnippet, filledText: string, style: BuiltInStyle): PlanControl {
  return control(
    wordingTag(snippet.id, snippet.version),
    snippet.title,
    wordingParagraphs(filledText).map((t) => paragraph(t, style)),
  );
}

/** The whole response, with what was missing and any problems. */
export function composeDraft(inspection: Inspection, style: HouseStyle, settings: SettingsInput, options: ComposeOptions): ComposeResult {
  const library = options.wording ?? builtInWording;
  const filler = new Filler();
  const context: WordingContext = { settings, inspection, today: options.today };
  const recs = selectedRecommendations(inspection, options.recommendationIds);
  const nodes: PlanNode[] = [];
  for (const block of style.blocks) {
    if (block.kind === "recommendations") {
      for (const rec of recs) nodes.push(composeSection(inspection, rec, block.section, context, library, filler));
    } else {
      nodes.push(composeBlock(block, inspection.id, context, library, filler));
    }
  }
  return { plan: { inspectionId: inspection.id, nodes }, missing: filler.missing, problems: filler.problems };
}

/** The whole response document as a plan. */
export function composeResponse(inspection: Inspection, style: HouseStyle, settings: SettingsInput, options: ComposeOptions): Plan {
  return composeDraft(inspection, style, settings, options).plan;
}

/**
 * The sections for the given recommendations (all when `recIds` is absent), in the inspection's
 * order, as a Plan with what was missing. Unknown ids are ignored.
 */
export function composeSectionsDraft(
  inspection: Inspection,
  style: HouseStyle,
  settings: SettingsInput,
  recIds: readonly string[] | undefined,
  options: Omit<ComposeOptions, "recommendationIds">,
): ComposeResult {
  const library = options.wording ?? builtInWording;
  const filler = new Filler();
  const { section } = recommendationsBlock(style);
  const context: WordingContext = { settings, inspection, today: options.today };
  const nodes = selectedRecommendations(inspection, recIds).map((rec) => composeSection(inspection, rec, section, context, library, filler));
  return { plan: { inspectionId: inspection.id, nodes }, missing: filler.missing, problems: filler.problems };
}

/**
 * Just the section controls for the given recommendations, for "insert section for this
 * recommendation" and "insert missing sections".
 */
export function composeSections(
  inspection: Inspection,
  style: HouseStyle,
  settings: SettingsInput,
  recIds: readonly string[],
  options: Omit<ComposeOptions, "recommendationIds">,
): PlanControl[] {
  // Every node composeSectionsDraft makes is a section control.
  return composeSectionsDraft(inspection, style, settings, recIds, options).plan.nodes as PlanControl[];
}

/**
 * One piece of standard wording as a tagged control (ird:wording:<id>@<version>), for
 * "insert wording at the cursor". Recommendation wording can be given the recommendation.
 */
export function composeWording(
  snippet: WordingSnippet,
  context: WordingContext,
  style: BuiltInStyle = "Normal",
): { control: PlanControl; missing: PlaceholderName[] } {
  const filler = new Filler();
  const text = filler.fill(snippet.text, wordingValues(context));
  return { control: wordingControl(snippet, text, style), missing: filler.missing };
}
