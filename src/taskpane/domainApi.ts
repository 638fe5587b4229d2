/**
 * The domain functions the task pane uses, behind signatures the pane owns, so a change in a
 * domain module is absorbed here and not in every component or action.
 */
import type { Inspection, Recommendation } from "../domain/catalog/types";
import { builtInStyles, composeDraft, composeSectionsDraft, composeWording, parseHouseStyle, type HouseStyle } from "../domain/compose";
import { documentSectionStyle } from "../domain/compose/documentStyle";
import { analyse } from "../domain/coverage";
import { publicationCheck, type PublishCheck } from "../domain/coverage/publish";
import type { CoverageReport } from "../domain/coverage/types";
import type { Plan, PlanControl } from "../domain/plan";
import { emptySettings } from "../domain/settings";
import type { OfficeSettings } from "../domain/settings/types";
import type { DocumentSnapshot } from "../domain/snapshot";
import {
  builtInWording,
  categoryLabel,
  categoryScope,
  mergeLibraries,
  previewWording,
  visibleEntries,
  wordingValues,
  type WordingCategory,
  type WordingCategoryInfo,
  type WordingPreview,
  type WordingRole,
  type WordingSnippet,
} from "../domain/wording";
import { PLACEHOLDERS } from "../domain/wording/placeholders";
import { staleBlocksIn, wordingUpdate, type StaleBlock, type WordingUpdate } from "../domain/wording/blocks";

export type { StaleBlock, WordingUpdate };

export type { HouseStyle };

export const houseStyles = (): HouseStyle[] => [...builtInStyles];

/** Validates a house style the office pasted or imported (JSON text). */
export function readHouseStyle(text: string): { style: HouseStyle } | { error: string } {
  const result = parseHouseStyle(text);
  return result.style ? { style: result.style } : { error: result.error ?? "This house style is not valid." };
}

export interface Composed {
  plan: Plan;
  /** Labels of values the letter needs but the settings lack ("PCC name"). */
  missing: string[];
  /** Problems with the style or its wording, in plain language. */
  problems: string[];
}

const labels = (names: readonly string[]) => names.map((n) => (n in PLACEHOLDERS ? PLACEHOLDERS[n as keyof typeof PLACEHOLDERS].label : n));

export function planFullResponse(inspection: Inspection, style: HouseStyle, settings: Partial<OfficeSettings>, today: Date): Composed {
  const out = composeDraft(inspection, style, settings, { today });
  return { plan: out.plan, missing: labels(out.missing), problems: out.problems };
}

/** Sections only (no letter around them), for all recommendations or the ones listed. */
export function planSections(inspection: Inspection, style: HouseStyle, settings: Partial<OfficeSettings>, today: Date, recIds?: string[]): Composed {
  const out = composeSectionsDraft(inspection, style, settings, recIds, { today });
  return { plan: out.plan, missing: labels(out.missing), problems: out.problems };
}

/**
 * The made-up inspection "Check this copy of Word" drafts (no catalog needed, and the same report
 * everywhere): one recommendation with parts, so a section has every kind of paragraph and control
 * a real one has (heading, protected recommendation text with its bullets, response).
 */
const CHECK_INSPECTION: Inspection = {
  id: "ird-check",
  title: "Check this copy of Word",
  shortTitle: "Check",
  publishedOn: "2024-01-01",
  inspectorates: ["HMICFRS"],
  type: "thematic",
  portalId: null,
  complete: true,
  recommendations: [
    {
      id: "r1",
      number: 1,
      portalId: null,
      text: "By 31 March 2025, chief constables should make sure that every victim is told how their case is progressing.",
      addressees: ["chief constables"],
      localResponseExpected: true,
      due: "By 31 March 2025",
      parts: [
        { id: "r1.1", text: "agree with the victim how and when they will be updated;" },
        { id: "r1.2", text: "record each update on the crime record." },
      ],
    },
  ],
};

/** One section of each built-in house style, as "Check this copy of Word" inserts them. */
export function selfCheckPlans(today: Date): Array<{ name: string; plan: Plan }> {
  return builtInStyles.map((style) => ({ name: style.name, plan: composeSectionsDraft(CHECK_INSPECTION, style, emptySettings(), undefined, { today }).plan }));
}

/**
 * The style, among `styles`, the document's sections of `inspection` were built with (the id), or
 * null when the document does not tell: sections put back must match the ones there (issue 13).
 */
export function documentStyle(snapshot: DocumentSnapshot, inspection: Inspection, styles: readonly HouseStyle[], settings: Partial<OfficeSettings>, today: Date): string | null {
  return documentSectionStyle(snapshot, inspection, styles, settings, { today });
}

/** The compose functions an insert needs, loaded when the user first inserts (Services.loadComposer). */
export interface Composer {
  planFullResponse: typeof planFullResponse;
  planSections: typeof planSections;
  documentStyle: typeof documentStyle;
}

export const coverageOf = (snapshot: DocumentSnapshot, inspection: Inspection): CoverageReport => analyse(snapshot, inspection);

/** "Ready to publish?": coverage of the whole document and everything else a letter needs before publication. */
export function publishCheckOf(
  snapshot: DocumentSnapshot,
  inspection: Inspection,
  today: Date,
  wording: { office: readonly WordingSnippet[]; organisation: readonly WordingSnippet[] | null } = { office: [], organisation: null },
): { report: CoverageReport; check: PublishCheck } {
  const report = analyse(snapshot, inspection);
  // The library in use: retired wording in the letter is a blocker (issue 10).
  return { report, check: publicationCheck(snapshot, inspection, report, today, { wording: officeLibrary(wording.office, wording.organisation) }) };
}

export interface WordingOption {
  id: string;
  version: number;
  title: string;
  category: WordingCategory;
  categoryLabel: string;
  status: WordingSnippet["status"];
  owner?: string;
  lastReviewed?: string;
  tags: string[];
  /** Filled text, paragraphs separated by a blank line. */
  text: string;
  /** The filled text in parts: plain text, missing values and prompts for the author. */
  preview: WordingPreview;
  tag: string;
  /** The tagged control to insert (compose's own rendering of the wording). */
  control: PlanControl;
  /** Labels of the values that are missing ("PCC name"). */
  missing: string[];
}

/**
 * The library in use: the office's library from its URL or shared file (`organisation`) in place
 * of the built-in one when there is one, with the entries edited or imported here on top.
 */
export const officeLibrary = (office: readonly WordingSnippet[], organisation: readonly WordingSnippet[] | null = null): WordingSnippet[] =>
  mergeLibraries(organisation ?? builtInWording, office);

export interface WordingInputs {
  settings: Partial<OfficeSettings>;
  inspection: Inspection | null;
  recommendation: Recommendation | null;
  today: Date;
}

/**
 * The entries this person is shown (officers: approved; comms editors: every entry's newest
 * version), filled for this office, inspection and recommendation, in category order.
 */
export function wordingOptions(library: readonly WordingSnippet[], categories: readonly WordingCategoryInfo[], role: WordingRole, inputs: WordingInputs): WordingOption[] {
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const entries = visibleEntries(library, role).sort((a, b) => (order.get(a.category) ?? 99) - (order.get(b.category) ?? 99));
  return entries.map((snippet) => {
    const recommendation = categoryScope(categories, snippet.category) === "recommendation" ? (inputs.recommendation ?? undefined) : undefined;
    const context = { settings: inputs.settings, inspection: inputs.inspection ?? undefined, recommendation, today: inputs.today };
    const { control, missing } = composeWording(snippet, context);
    const paragraphs = control.children.flatMap((c) => (c.kind === "paragraph" ? [c.text] : []));
    return {
      id: snippet.id,
      version: snippet.version,
      title: snippet.title,
      category: snippet.category,
      categoryLabel: categoryLabel(categories, snippet.category),
      status: snippet.status,
      owner: snippet.owner,
      lastReviewed: snippet.lastReviewed,
      tags: snippet.tags ?? [],
      text: paragraphs.join("\n\n"),
      preview: previewWording(snippet.text, wordingValues(context)),
      tag: control.tag,
      control,
      missing: labels(missing),
    };
  });
}

export const placeholderLabel = (name: string): string => labels([name])[0];

/** The stale wording blocks of a snapshot (issue 10), against the library in use. */
export const staleWordingIn = (snapshot: DocumentSnapshot, library: readonly WordingSnippet[]): StaleBlock[] => staleBlocksIn(snapshot, library);

/**
 * What updating a stale block would do, and the control to put in its place: each version filled
 * as an insert fills it, for the recommendation whose response holds the block.
 */
export function wordingUpdateOf(
  block: StaleBlock,
  library: readonly WordingSnippet[],
  categories: readonly WordingCategoryInfo[],
  inputs: Omit<WordingInputs, "recommendation">,
): { update: WordingUpdate; control: PlanControl | null } {
  const recommendation = inputs.inspection?.recommendations.find((r) => r.id === block.recId);
  const compose = (snippet: WordingSnippet) =>
    composeWording(snippet, {
      settings: inputs.settings,
      inspection: inputs.inspection ?? undefined,
      recommendation: categoryScope(categories, snippet.category) === "recommendation" ? recommendation : undefined,
      today: inputs.today,
    }).control;
  const texts = (control: PlanControl) => control.children.flatMap((c) => (c.kind === "paragraph" ? [c.text] : []));
  const update = wordingUpdate(block, library, (snippet) => texts(compose(snippet)));
  return { update, control: update.next ? compose(update.next) : null };
}
