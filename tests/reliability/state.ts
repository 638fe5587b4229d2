/**
 * What a sequence expects of the document (fast-check's "model"), and the system under test
 * (its "real"): the emulated Word host with the adapter's port over it.
 */
import type { WordHost } from "../../src/preview/emulator/host";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { PlanControl } from "../../src/domain/plan";
import type { InsertReceipt, WordPort } from "../../src/word";
import type { Scenario } from "./scenario";

/** What became of a text the user typed. */
export type Fate = "kept" | "deleted with its section" | "deleted with its section under Track Changes";

export interface TypedText {
  /** Unique in the document ("typed-7"), so it can be counted. */
  marker: string;
  /** In a response (the section's recommendation id), or outside every section. */
  place: { recId: string } | "between sections";
  fate: Fate;
}

export interface SectionRecord {
  recId: string;
  /** The plan node the section was built from (its house style's). */
  node: PlanControl;
  style: string;
  /** Deleted with Track Changes on: still in Word, not in the reviewed document. */
  deletedTracked: boolean;
  /** The user typed into its response, or approved wording went into it: the response's content is theirs. */
  typedInto: boolean;
  wordingInto: boolean;
  /** Which insert of the sequence built it (1, 2…). */
  insertNo: number;
}

/** What "Remove what was just inserted" would take back (the pane keeps the last insert's receipt). */
export interface LastInsert {
  no: number;
  receipt: InsertReceipt;
}

export interface Expected {
  scenario: Scenario;
  tracking: boolean;
  typed: TypedText[];
  /** The sections the document holds, by recommendation id. */
  sections: Map<string, SectionRecord>;
  /** What happened so far, in words, for the failure message. */
  steps: string[];
  nextMarker: number;
  inserts: number;
  lastInsert: LastInsert | null;
}

export interface Real {
  host: WordHost;
  model: WordDocumentModel;
  port: WordPort;
}

/** Sections still in the reviewed document, in recommendation order. */
export function liveSections(m: Expected): SectionRecord[] {
  const order = m.scenario.inspection.recommendations.map((r) => r.id);
  return [...m.sections.values()].filter((s) => !s.deletedTracked).sort((a, b) => order.indexOf(a.recId) - order.indexOf(b.recId));
}

export const recNumber = (m: Expected, recId: string): number => m.scenario.inspection.recommendations.find((r) => r.id === recId)?.number ?? NaN;

/** A failed step or invariant: says what broke, and every step that ran before it. */
export class SequenceFailure extends Error {
  constructor(m: Expected, headline: string, details: string[] = []) {
    const steps = m.steps.map((s, i) => `  ${i + 1}. ${s}`);
    super([headline, ...details.map((d) => `    ${d}`), "Steps that ran:", ...steps].join("\n"));
    this.name = "SequenceFailure";
  }
}
