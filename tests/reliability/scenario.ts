/**
 * What a random sequence works with: the Word hosts, the inspections (kept to three
 * recommendations so a document stays small), the house styles, the approved wording, and what
 * the task pane composes for each insert (the same compose calls as src/taskpane/domainApi.ts).
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog, type Inspection } from "../../src/domain/catalog";
import { builtInStyles, composeDraft, composeSectionsDraft, composeWording, type HouseStyle } from "../../src/domain/compose";
import type { Plan, PlanControl } from "../../src/domain/plan";
import { builtInWording, wordingFor } from "../../src/domain/wording";
import type { WordingSnippet } from "../../src/domain/wording/types";
import { NORTHVALE } from "../support/exampleOffice";

/**
 * Word 2016, Word 2019, the first Word with custom XML parts, and Word on the web
 * (src/preview/emulator/profiles.ts), each at the stricter and the kinder reading of what Word
 * leaves open.
 */
export const PROFILES = [
  "1.1-windows-strict",
  "1.3-windows-strict",
  "1.4-windows-strict",
  "1.9-web-strict",
  "1.1-windows-lenient",
  "1.3-windows-lenient",
  "1.4-windows-lenient",
  "1.9-web-lenient",
] as const;
export type ProfileName = (typeof PROFILES)[number];

const catalogInspections = parseCatalog(catalog).inspections;
const byId = (id: string): Inspection => {
  const found = catalogInspections.find((i) => i.id === id);
  if (!found) throw new Error(`catalog has no inspection ${id}`);
  return found;
};

/** The first rape inspection cut to three recommendations, two of them addressed to other bodies (deferred wording in the response). */
function withDeferrals(): Inspection {
  const full = byId("cjji-rape-phase-1-2021");
  const recs = [full.recommendations[0], ...full.recommendations.filter((r) => !r.localResponseExpected).slice(0, 2)];
  return { ...full, recommendations: recs };
}

/** Three recommendations each: plain ones; one with six sub-parts; two deferred. */
export const INSPECTIONS: Inspection[] = [byId("cjji-rape-phase-2-2022"), byId("hmicfrs-vawg-final-2021"), withDeferrals()];

export const STYLES: readonly HouseStyle[] = builtInStyles;

/** Approved wording in the picker's categories. */
export const WORDING: WordingSnippet[] = (["response", "opening", "s55-statement", "closing"] as const).flatMap((c) => wordingFor(builtInWording, c));

const SETTINGS = NORTHVALE;
const TODAY = new Date(2024, 2, 10, 9, 0);

/** "Insert full response". */
export const fullResponsePlan = (inspection: Inspection, style: HouseStyle): Plan => composeDraft(inspection, style, SETTINGS, { today: TODAY }).plan;

/** "Insert section" (one recommendation) and "Insert missing sections" (all of them). */
export const sectionsPlan = (inspection: Inspection, style: HouseStyle, recIds?: string[]): Plan =>
  composeSectionsDraft(inspection, style, SETTINGS, recIds, { today: TODAY }).plan;

/** "Insert wording" from the picker. */
export const wordingControl = (inspection: Inspection, snippet: WordingSnippet): PlanControl => composeWording(snippet, { settings: SETTINGS, inspection, today: TODAY }).control;

/** How a sequence starts: a new blank document, or a letter the user has begun (its lines are text the user typed). */
export const STARTS = ["blank", "letter begun"] as const;
export type Start = (typeof STARTS)[number];

/** One random sequence's fixed choices; the steps vary the rest. */
export interface Scenario {
  profile: ProfileName;
  inspection: Inspection;
  start: Start;
}

export const describeScenario = (s: Scenario): string => `host ${s.profile}, inspection ${s.inspection.id} (${s.inspection.recommendations.length} recommendations), ${s.start} document`;
