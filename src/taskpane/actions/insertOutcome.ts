/**
 * The one place an insert's outcome becomes words for the user. The Word layer reports facts
 * (where the content went and why, what was built, whether it matched the plan); this says them once.
 */
import type { Inspection } from "../../domain/catalog/types";
import { parseTag, recommendationOfTag } from "../../domain/tags";
import type { BuildProblem, EndReason, InsertOutcome, Placement } from "../../word/port";
import type { MessageIntent } from "../store/uiSlice";

/** "recommendation 4" for a section, response or recommendation-text tag; the tag's own name otherwise. */
export function sectionName(tag: string, inspection: Inspection | undefined): string {
  const parsed = parseTag(tag);
  const recId = recommendationOfTag(tag)?.recId;
  const rec = recId ? inspection?.recommendations.find((r) => r.id === recId) : undefined;
  if (rec) return `recommendation ${rec.number}`;
  return parsed?.kind === "other" ? `the “${parsed.name.replace(/-/g, " ")}” block` : parsed?.kind === "wording" ? "the wording" : "the inserted content";
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

/** The message after an insert that reached Word. `what` names the action ("Full response"). */
export function describeInsert(outcome: InsertOutcome, what: string, inspection: Inspection | undefined): OutcomeMessage {
  const sections = outcome.inserted.length;
  if (sections === 0 && outcome.blocks === 0) {
    return { intent: "info", title: `${what}: nothing to add`, body: "Every section is already in the document, so nothing was added." };
  }
  const parts: string[] = [];
  const count = sections > 0 ? `${sections} section${sections === 1 ? "" : "s"}` : what;
  parts.push(`${count} inserted ${where(outcome.placement, inspection)}`);
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
