/**
 * What must hold after every step of a random sequence. Each invariant is a small function of
 * what the sequence expects (`Expected`) and the document read one way (documentView.ts); it
 * returns the problems it found, in words, and nothing when all is well.
 *
 * With Track Changes on, the document invariants are checked twice: on the raw document (what Word
 * holds, deleted sections included: the add-in reads this) and on the reviewed one (what stays
 * once the changes are accepted: what the user means).
 */
import type { CoverageReport } from "../../src/domain/coverage";
import { isAnswered } from "../../src/domain/coverage/types";
import type { PlanNode } from "../../src/domain/plan";
import { parseTag, recommendationOfTag, sectionTag } from "../../src/domain/tags";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { ControlNode } from "../../src/preview/emulator/modelTypes";
import { documentText, readDocument, type Line, type Reading } from "./documentView";
import { SequenceFailure, recNumber, type Expected, type Fate } from "./state";

/** How often a typed text should be in the document, by what became of it. */
const EXPECTED_COUNT: Record<Reading, Record<Fate, number>> = {
  raw: { kept: 1, "deleted with its section": 0, "deleted with its section under Track Changes": 1 },
  reviewed: { kept: 1, "deleted with its section": 0, "deleted with its section under Track Changes": 0 },
};

const occurrences = (text: string, marker: string): number => text.match(new RegExp(`\\b${marker}\\b`, "g"))?.length ?? 0;

/** Every text the user typed is in the document exactly once, unless the section holding it was deleted. */
export function typedTextKept(m: Expected, lines: Line[], reading: Reading): string[] {
  const text = documentText(lines);
  return m.typed.flatMap((t) => {
    const want = EXPECTED_COUNT[reading][t.fate];
    const found = occurrences(text, t.marker);
    const where = t.place === "between sections" ? "between sections" : `in the response to recommendation ${recNumber(m, t.place.recId)}`;
    return found === want ? [] : [`"${t.marker}" (typed ${where}, ${t.fate}) is in the document ${found} times, expected ${want}`];
  });
}

const controls = (lines: Line[]): ControlNode[] => lines.flatMap((l) => (l.node.kind === "control" ? [l.node] : []));

/**
 * No recommendation has two sections (nor two responses or recommendation texts), and the document
 * has a section for exactly the recommendations the sequence expects.
 */
export function oneSectionPerRecommendation(m: Expected, lines: Line[], reading: Reading): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const cc of controls(lines)) if (recommendationOfTag(cc.tag)) counts.set(cc.tag, (counts.get(cc.tag) ?? 0) + 1);
  for (const [tag, n] of counts) if (n > 1) problems.push(`${tag} is in the document ${n} times`);
  const expected = [...m.sections.values()].filter((s) => reading === "raw" || !s.deletedTracked).map((s) => sectionTag(m.scenario.inspection.id, s.recId));
  const found = [...counts.keys()].filter((t) => parseTag(t)?.kind === "section");
  const missing = expected.filter((t) => !found.includes(t));
  const extra = found.filter((t) => !expected.includes(t));
  if (missing.length) problems.push(`sections missing from the document: ${missing.join(", ")}`);
  if (extra.length) problems.push(`sections the sequence did not expect: ${extra.join(", ")}`);
  return problems;
}

/** Word's display names of the built-in styles the plan uses ("Heading2" is shown as "Heading 2"). */
const wordStyleName = (s: string) => s.replace(/^Heading(\d)$/, "Heading $1").replace(/^List(Number|Bullet|Paragraph)$/, "List $1");

const USERS_RESPONSE = "(the user's response)";
const isResponse = (tag: string) => parseTag(tag)?.kind === "response";

/** The outline a plan node should have in Word, one line per control or paragraph, two spaces per level. */
function planOutline(node: PlanNode, usersResponse: boolean, depth = 0): string[] {
  const indent = "  ".repeat(depth);
  if (node.kind === "paragraph") return [`${indent}${wordStyleName(node.style)}: ${node.text}`];
  const inside = usersResponse && isResponse(node.tag) ? [`${indent}  ${USERS_RESPONSE}`] : node.children.flatMap((c) => planOutline(c, usersResponse, depth + 1));
  return [`${indent}[${node.tag}]`, ...inside];
}

/** The outline of the control at `lines[at]` and everything in it, in the same notation. */
function documentOutline(lines: Line[], at: number, usersResponse: boolean): string[] {
  const root = lines[at];
  const out: string[] = [];
  let skipInside: ControlNode | undefined;
  for (let i = at; i < lines.length && (i === at || lines[i].controls.includes(root.node as ControlNode)); i++) {
    const { node, depth, text, controls: around } = lines[i];
    if (skipInside && around.includes(skipInside)) continue;
    const indent = "  ".repeat(depth - root.depth);
    if (node.kind === "control") {
      out.push(`${indent}[${node.tag}]`);
      if (usersResponse && isResponse(node.tag)) {
        out.push(`${indent}  ${USERS_RESPONSE}`);
        skipInside = node;
      }
    } else if (node.kind === "table") out.push(`${indent}<table>`);
    else out.push(`${indent}${node.style}: ${text}`);
  }
  return out;
}

/**
 * Every section is a top-level control whose tags, nesting, paragraph styles and texts (the
 * recommendation's text verbatim) are those of the plan it was built from. A response's content is
 * compared too, unless the user typed into it or wording went into it: then it is theirs.
 */
export function sectionsMatchPlan(m: Expected, lines: Line[], reading: Reading): string[] {
  const problems: string[] = [];
  for (const s of m.sections.values()) {
    if (reading === "reviewed" && s.deletedTracked) continue;
    const tag = sectionTag(m.scenario.inspection.id, s.recId);
    const at = lines.findIndex((l) => l.node.kind === "control" && l.node.tag === tag);
    if (at < 0) continue; // oneSectionPerRecommendation says so
    if (lines[at].depth !== 0) problems.push(`${tag} is inside ${lines[at].controls.map((c) => c.tag || "an untagged control").join(" › ")}`);
    const usersResponse = s.typedInto || s.wordingInto;
    const want = planOutline(s.node, usersResponse);
    const got = documentOutline(lines, at, usersResponse);
    if (want.join("\n") !== got.join("\n")) problems.push(`${tag} (${s.style}) differs from its plan:`, ...outlineDiff(want, got));
  }
  return problems;
}

function outlineDiff(want: string[], got: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    out.push(`  line ${i + 1}: plan     ${want[i] ?? "(nothing)"}`, `          document ${got[i] ?? "(nothing)"}`);
    if (out.length >= 8) break;
  }
  return out;
}

/** No control the adapter uses while building (ird:pending:…) is left in the document. */
export function noBuildLeftovers(lines: Line[]): string[] {
  return controls(lines)
    .filter((c) => c.tag.startsWith("ird:pending:"))
    .map((c) => `a build wrapper is left in the document: ${c.tag}`);
}

/** Runs every document invariant, in each reading that differs, and throws with all problems found. */
export function checkDocument(m: Expected, model: WordDocumentModel, after: string): void {
  const readings: Reading[] = model.trackedChanges.length > 0 || model.changeTrackingMode !== "Off" ? ["raw", "reviewed"] : ["reviewed"];
  const problems = readings.flatMap((reading) => {
    const lines = readDocument(model, reading);
    const found = [
      ...typedTextKept(m, lines, reading),
      ...oneSectionPerRecommendation(m, lines, reading),
      ...sectionsMatchPlan(m, lines, reading),
      ...noBuildLeftovers(lines),
    ];
    return readings.length > 1 ? found.map((p) => `[${reading} document] ${p}`) : found;
  });
  if (problems.length) throw new SequenceFailure(m, `After ${after}, the document is wrong:`, problems);
}

/**
 * Coverage agrees with what the user did: a response they typed an answer into counts as answered
 * (unless approved wording went in too: its prompts for the author may rightly keep it a
 * placeholder); an untouched response is a placeholder (or, for a recommendation addressed to another body, its
 * deferred wording counts); a recommendation with no section is missing. Where Word cannot leave
 * out a section deleted under tracking (below WordApi 1.5: snapshot.trackedDeletions "unknown" or
 * "textOnly") that recommendation is not judged.
 */
export function coverageAgrees(m: Expected, report: CoverageReport, trackedSectionsLeftOut: boolean): string[] {
  return m.scenario.inspection.recommendations.flatMap((rec) => {
    const item = report.items.find((i) => i.recId === rec.id);
    const name = `recommendation ${rec.number}`;
    if (!item) return [`coverage has no line for ${name}`];
    const s = m.sections.get(rec.id);
    const typed = m.typed.some((t) => t.fate === "kept" && t.place !== "between sections" && t.place.recId === rec.id);
    let want: string;
    let ok: boolean;
    if (!s || (s.deletedTracked && trackedSectionsLeftOut)) [want, ok] = ["missing", item.status === "missing"];
    else if (s.deletedTracked) return [];
    // Approved wording may leave a prompt for the author ("[Describe …]"): coverage then rightly asks for more.
    else if (s.wordingInto) return [];
    else if (typed) [want, ok] = ["answered", isAnswered(item.status)];
    else if (rec.localResponseExpected) [want, ok] = ["placeholder", item.status === "placeholder"];
    else [want, ok] = ["deferred (counts as answered)", isAnswered(item.status)];
    if (ok) return [];
    return [`${name}: coverage says ${item.status} (${item.evidence || "no evidence"}), expected ${want}`];
  });
}

