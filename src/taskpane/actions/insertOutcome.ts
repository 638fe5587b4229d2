/**
 * The one place an insert's outcome becomes words for the user. The Word layer reports facts
 * (where the content went and why, what was built, whether it matched the plan); this says them once.
 */
import type { Inspection } from "../../domain/catalog/types";
import { parseTag, recommendationOfTag } from "../../domain/tags";
import type { BuildProblem, EndReason, InsertOutcome, Placement, WordingRefusal, WordingTarget } from "../../word/port";
import type { MessageIntent } from "../store/uiSlice";

/** "recommendation 4" for a section, response or recommendation-text tag; the block's name otherwise (without its inspection). */
export function sectionName(tag: string, inspection: Inspection | undefined): string {
  const parsed = parseTag(tag);
  const recId = recommendationOfTag(tag)?.recId;
  const rec = recId ? inspection?.recommendations.find((r) => r.id === recId) : undefined;
  if (rec) return `recommendation ${rec.number}`;
  return parsed?.kind === "other" ? `the “${parsed.name.split(":")[0].replace(/-/g, " ")}” block` : parsed?.kind === "wording" ? "the wording" : "the inserted content";
}

const END_REASONS: Record<EndReason, string> = {
  requested: "",
  "old-word": "This version of Word cannot tell the add-in whether the cursor is in a safe place, so it went to the end.",
  "cursor-in-header": "The cursor was in a header, footer or footnote, so it went to the end.",
  "cursor-in-control": "The cursor was inside another content control, so it went to the end.",
  "cursor-in-table": "The cursor was in a table, so it went to the end.",
};

function where(placement: Placement, inspection: Inspection | undefined): string {
  switch (placement.at) {
    case "cursor":
      return "at the cursor.";
    case "end":
      return `at the end of the document.${END_REASONS[placement.reason] ? ` ${END_REASONS[placement.reason]}` : ""}`;
    case "after-section":
      return `right after the section for ${sectionName(placement.sectionTag, inspection)}, where the cursor was.`;
    case "neighbours":
      return placement.atEnd > 0 ? "at the end of the document, as it had no other sections yet." : "each next to its neighbours, in recommendation order.";
    case "in-response":
      return `into the response to ${sectionName(placement.responseTag, inspection)}.`;
    case "refused":
      return `nowhere: ${refusalText(placement.reason)}`;
  }
}

const PROBLEM_WORDS: Record<BuildProblem["kind"], string> = {
  missing: "is missing",
  "wrong-tag": "lost its marker",
  "wrong-parent": "is not inside its section",
  "wrong-text": "does not hold the planned text",
  "inside-other-control": "went inside another content control",
};

export interface OutcomeMessage {
  intent: MessageIntent;
  title: string;
  body: string;
}

const REFUSALS: Record<WordingRefusal, string> = {
  "locked-text": "Wording can't go in the recommendation's text, which is locked.",
  "in-section": "Wording can't go in the section's heading.",
  "cursor-in-header": "Wording can't go in a header, footer or footnote.",
  "cursor-in-table": "Wording can't go in a table.",
  "cursor-in-control": "Wording can't go inside another content control.",
  "old-word": "This version of Word cannot tell the add-in where the cursor is.",
};

/** Why wording could not go at the cursor, as a sentence. */
export const refusalText = (reason: WordingRefusal): string => REFUSALS[reason];

/** Where wording may go instead, as the end of a question ("Insert it … instead?"). */
export function targetText(target: WordingTarget, inspection: Inspection | undefined): string {
  switch (target.at) {
    case "response":
      return `in the response to ${sectionName(target.responseTag, inspection)}`;
    case "after-section":
      return `right after the section for ${sectionName(target.sectionTag, inspection)}`;
    case "end":
      return "at the end of the document";
  }
}

/** The message after an insert that reached Word. `what` names the action ("Full response"). */
export function describeInsert(outcome: InsertOutcome, what: string, inspection: Inspection | undefined): OutcomeMessage {
  const sections = outcome.inserted.length;
  if (outcome.placement.at === "refused") {
    const instead = targetText(outcome.placement.nearest, inspection);
    return { intent: "warning", title: `${what} was not inserted`, body: `${refusalText(outcome.placement.reason)} Nothing was moved: put the cursor where it should go, or insert it ${instead}.` };
  }
  if (sections === 0 && outcome.blocks === 0) {
    return { intent: "info", title: `${what}: nothing to add`, body: "Every section is already in the document, so nothing was added." };
  }
  const parts: string[] = [];
  const count = sections > 0 ? `${sections} section${sections === 1 ? "" : "s"}` : what;
  parts.push(`${count} inserted ${where(outcome.placement, inspection)}`);
  // The letter's other blocks (address, date, opening, sign-off…) came too: the count says so, so it matches what the user sees.
  if (sections > 0 && outcome.blocks > 0) {
    const n = outcome.blocks;
    parts.push(`${n} other part${n === 1 ? "" : "s"} of the letter (such as the date, opening and sign-off) came with ${sections === 1 ? "it" : "them"}.`);
  }
  if (outcome.skipped.length > 0) {
    const n = outcome.skipped.length;
    parts.push(`${n} already in the document ${n === 1 ? "was" : "were"} left as ${n === 1 ? "it was" : "they were"}.`);
  }
  if (!outcome.verified) {
    const wrong = outcome.problems.map((p) => `${sectionName(p.tag, inspection)} ${PROBLEM_WORDS[p.kind]}`);
    return {
      intent: "warning",
      title: `${what} inserted, but Word did not build it as planned`,
      body: `${parts.join(" ")} Checked against the plan: ${[...new Set(wrong)].join("; ")}. Use “Remove what was just inserted”, then try again with the cursor in an ordinary paragraph.`,
    };
  }
  return { intent: "success", title: `${what} inserted`, body: parts.join(" ") };
}

/** Whether an insert put anything into the document. */
export const insertedAnything = (outcome: Pick<InsertOutcome, "inserted" | "blocks">): boolean => outcome.inserted.length > 0 || outcome.blocks > 0;

/** Something to add to an insert's message, and how serious it is. */
export interface OutcomeNote {
  intent: MessageIntent;
  text: string;
}

const SEVERITY: Record<MessageIntent, number> = { success: 0, info: 1, warning: 2, error: 3 };

/** One message for one outcome: the notes follow the body, and the most serious intent wins. */
export function withNotes(message: OutcomeMessage, notes: readonly OutcomeNote[]): OutcomeMessage {
  if (!notes.length) return message;
  const intent = notes.reduce<MessageIntent>((worst, n) => (SEVERITY[n.intent] > SEVERITY[worst] ? n.intent : worst), message.intent);
  return { intent, title: message.title, body: [message.body, ...notes.map((n) => n.text)].join(" ") };
}
