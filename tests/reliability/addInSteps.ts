/** What the add-in does in a random sequence: through the port, with the plans the pane composes. */
import { analyse } from "../../src/domain/coverage";
import type { Plan } from "../../src/domain/plan";
import { parseTag } from "../../src/domain/tags";
import type { InsertOutcome, InsertWhere } from "../../src/word";
import { WordActionError } from "../../src/word/port";
import { innermost, readDocument } from "./documentView";
import { coverageAgrees } from "./invariants";
import { STYLES, WORDING, fullResponsePlan, sectionsPlan, wordingControl } from "./scenario";
import { SequenceFailure, type Expected, type Real } from "./state";
import { Step, outcomeWords, sectionTagsIn, sectionTagsInWord } from "./step";

// ---- the add-in's actions --------------------------------------------------------------------

/** An insert of sections: the plan's sections Word does not hold yet go in, verified, and the sequence expects exactly those. */
async function insertSections(m: Expected, r: Real, plan: Plan, style: string, send: () => Promise<InsertOutcome>): Promise<InsertOutcome> {
  const before = sectionTagsInWord(r);
  const predicted = sectionTagsIn(plan).filter((t) => !before.has(t));
  const outcome = await send();
  const problems: string[] = [];
  if (!outcome.verified || outcome.problems.length) problems.push(`the insert's own read-back found problems: ${JSON.stringify(outcome.problems)}`);
  if ([...outcome.inserted].sort().join() !== [...predicted].sort().join()) problems.push(`inserted ${outcome.inserted.join(", ") || "nothing"}, expected ${predicted.join(", ") || "nothing"}`);
  if (problems.length) throw new SequenceFailure(m, `Step ${m.steps.length + 1} (an insert, ${style}): ${outcomeWords(outcome)}`, problems);
  const no = noteInsert(m, outcome);
  for (const tag of outcome.inserted) {
    const node = plan.nodes.find((n) => n.kind === "control" && n.tag === tag);
    const recId = parseTag(tag)?.kind === "section" ? (parseTag(tag) as { recId: string }).recId : "";
    if (node?.kind === "control") m.sections.set(recId, { recId, node, style, deletedTracked: false, typedInto: false, wordingInto: false, insertNo: no });
  }
  return outcome;
}

/** The pane keeps the last insert's outcome: "Remove what was just inserted" takes back its receipt. */
function noteInsert(m: Expected, outcome: InsertOutcome): number {
  const no = ++m.inserts;
  m.lastInsert = outcome.receipt ? { no, receipt: outcome.receipt } : null;
  return no;
}

export class InsertFullResponse extends Step {
  constructor(
    readonly style: number,
    readonly where: InsertWhere,
  ) {
    super();
  }
  async act(m: Expected, r: Real) {
    const style = STYLES[this.style % STYLES.length];
    const plan = fullResponsePlan(m.scenario.inspection, style);
    const o = await insertSections(m, r, plan, style.id, () => r.port.insertPlan(plan, this.where, m.scenario.inspection));
    return `insert full response (${style.id}, at ${this.where}) → ${outcomeWords(o)}`;
  }
  toString() {
    return `insertFullResponse(style ${this.style}, ${this.where})`;
  }
}

export class InsertSection extends Step {
  constructor(
    readonly rec: number,
    readonly style: number,
    readonly where: InsertWhere,
  ) {
    super();
  }
  async act(m: Expected, r: Real) {
    const style = STYLES[this.style % STYLES.length];
    const recs = m.scenario.inspection.recommendations;
    const rec = recs[this.rec % recs.length];
    const plan = sectionsPlan(m.scenario.inspection, style, [rec.id]);
    const o = await insertSections(m, r, plan, style.id, () => r.port.insertPlan(plan, this.where, m.scenario.inspection));
    return `insert section for recommendation ${rec.number} (${style.id}, at ${this.where}) → ${outcomeWords(o)}`;
  }
  toString() {
    return `insertSection(rec ${this.rec}, style ${this.style}, ${this.where})`;
  }
}

export class InsertMissing extends Step {
  constructor(readonly style: number) {
    super();
  }
  async act(m: Expected, r: Real) {
    const style = STYLES[this.style % STYLES.length];
    const plan = sectionsPlan(m.scenario.inspection, style);
    const o = await insertSections(m, r, plan, style.id, () => r.port.insertMissing(plan, m.scenario.inspection));
    return `insert missing sections (${style.id}) → ${outcomeWords(o)}`;
  }
  toString() {
    return `insertMissing(style ${this.style})`;
  }
}

/** The response the cursor is in (its innermost control; it may be in a section deleted under tracking, as Word lets a person click there). */
function responseAtCursor(r: Real): string | undefined {
  const sel = r.model.selection;
  if (sel.kind !== "text") return undefined;
  const line = readDocument(r.model, "raw").find((l) => l.node === sel.para);
  const tag = line && innermost(line)?.tag;
  if (tag && parseTag(tag)?.kind === "response") return tag;
  // In a block of wording inside a response, more wording goes right after that block, in the response (WordApi 1.3+).
  const outer = line?.controls.at(-2)?.tag;
  return tag && parseTag(tag)?.kind === "wording" && outer && parseTag(outer)?.kind === "response" ? outer : undefined;
}

export class InsertWording extends Step {
  constructor(readonly wording: number) {
    super();
  }
  async act(m: Expected, r: Real) {
    const snippet = WORDING[this.wording % WORDING.length];
    const cursorIn = responseAtCursor(r);
    const o = await r.port.insertWording(wordingControl(m.scenario.inspection, snippet));
    const said = `insert wording ${snippet.id} → ${outcomeWords(o)}`;
    const problems: string[] = [];
    if (!o.verified || o.problems.length) problems.push(`the insert's own read-back found problems: ${JSON.stringify(o.problems)}`);
    // Wording goes into the response the cursor is in (WordApi 1.3+: older Word cannot say where the cursor is).
    const into = o.placement.at === "in-response" ? o.placement.responseTag : undefined;
    const expectInto = r.port.capabilities().wordApi13 ? cursorIn : undefined;
    if (into !== expectInto) problems.push(`placed ${into ? `in ${into}` : "outside any response"}; the cursor was ${cursorIn ? `in ${cursorIn}` : "outside every response"}`);
    if (problems.length) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: ${said}`, problems);
    noteInsert(m, o);
    const recId = into ? (parseTag(into) as { recId: string }).recId : undefined;
    const section = recId ? m.sections.get(recId) : undefined;
    if (section) section.wordingInto = true;
    return said;
  }
  toString() {
    return `insertWording(${this.wording})`;
  }
}

/**
 * "Remove what was just inserted": the last insert's sections go, but only while they are as
 * inserted. Once the user typed into one or put wording into one, the adapter removes nothing
 * (ChangedSinceInsert), so no word typed since is lost; a section the user deleted is simply gone. With Track Changes on, Word from
 * WordApi 1.4 removes them outright (the adapter pauses tracking); older Word keeps them as tracked
 * deletions and the removal says how many.
 */
export class RemoveLastInsert extends Step {
  override check(m: Readonly<Expected>) {
    return m.lastInsert !== null;
  }
  async act(m: Expected, r: Real) {
    const last = m.lastInsert!;
    m.lastInsert = null;
    const mine = [...m.sections.values()].filter((x) => x.insertNo === last.no);
    const typedIn = m.typed.some((t) => t.fate === "kept" && t.place !== "between sections" && mine.some((s) => s.recId === (t.place as { recId: string }).recId));
    // A section deleted since holds nothing to lose: the rest of the insert still goes.
    const changed = typedIn || mine.some((s) => s.deletedTracked || s.wordingInto);
    let removal: Awaited<ReturnType<Real["port"]["removeInserted"]>>;
    try {
      removal = await r.port.removeInserted(last.receipt);
    } catch (error) {
      if (error instanceof WordActionError && error.code === "ChangedSinceInsert") {
        if (!changed) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: remove what was just inserted (insert ${last.no}) refused`, ["nothing had changed since the insert"]);
        return `remove what was just inserted (insert ${last.no}) → refused: changed since`;
      }
      throw error;
    }
    if (typedIn) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: remove what was just inserted (insert ${last.no}) removed sections the user had typed into`, ["expected the removal to refuse"]);
    const tracked = m.tracking && !hasWordApi14(r);
    const said = `remove what was just inserted (insert ${last.no}) → ${removal.removed} removed, ${removal.tracked} kept as tracked deletions`;
    if ((removal.tracked > 0) !== (tracked && removal.removed > 0))
      throw new SequenceFailure(m, `Step ${m.steps.length + 1}: ${said}`, [`expected ${tracked ? "tracked deletions (Track Changes on, Word before WordApi 1.4)" : "no tracked deletion"}`]);
    for (const s of mine) {
      if (tracked && !s.deletedTracked) s.deletedTracked = true;
      else if (!tracked) m.sections.delete(s.recId);
    }
    return said;
  }
  toString() {
    return "removeLastInsert()";
  }
}

const hasWordApi14 = (r: Real) => Number(r.port.capabilities().wordApi.split(".")[1]) >= 4;

export class RecheckCoverage extends Step {
  async act(m: Expected, r: Real) {
    return `re-check coverage → ${await recheckCoverage(m, r)}`;
  }
  toString() {
    return "recheckCoverage()";
  }
}

/** Reads the document through the port, analyses it and compares with what the user did; the summary in words. */
export async function recheckCoverage(m: Expected, r: Real, when = `step ${m.steps.length + 1} (re-check coverage)`): Promise<string> {
  const snapshot = await r.port.readSnapshot();
  const report = analyse(snapshot, m.scenario.inspection);
  const leftOut = snapshot.trackedDeletions === undefined || snapshot.trackedDeletions === "excluded";
  const problems = coverageAgrees(m, report, leftOut);
  const summary = report.items.map((i) => `${i.number} ${i.status}`).join(", ");
  if (problems.length) throw new SequenceFailure(m, `At ${when}, coverage (${summary}; tracked deletions: ${snapshot.trackedDeletions ?? "none"}) disagrees with the document:`, problems);
  return summary;
}
