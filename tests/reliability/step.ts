/**
 * The base of every step of a random sequence (a fast-check command): `check` says whether it
 * applies now, `run` does it, records what happened in words, and then checks every document
 * invariant (invariants.ts). Steps hold only their random choices, so a shrunk sequence replays
 * them on a fresh document. Choices are picks (`pick % count`), not ids, so any step applies to
 * any document. Also the words the failure message uses for places and outcomes.
 */
import type fc from "fast-check";
import type { Plan } from "../../src/domain/plan";
import { parseTag } from "../../src/domain/tags";
import type { ControlNode, ParagraphNode } from "../../src/preview/emulator/modelTypes";
import type { InsertOutcome } from "../../src/word";
import { innermost, readDocument, type Line } from "./documentView";
import { checkDocument } from "./invariants";
import { SequenceFailure, type Expected, type Real } from "./state";

/** Steps run, by kind, over the whole test (for the summary line). */
export const stepsRun = new Map<string, number>();

export abstract class Step implements fc.AsyncCommand<Expected, Real> {
  check(m: Readonly<Expected>): boolean {
    void m;
    return true;
  }

  async run(m: Expected, r: Real): Promise<void> {
    let said: string;
    try {
      said = await this.act(m, r);
    } catch (error) {
      if (error instanceof SequenceFailure) throw error;
      const e = error as Error & { code?: string };
      throw new SequenceFailure(m, `Step ${m.steps.length + 1} (${this.toString()}) threw ${e.name}: ${e.message}`, e.stack ? e.stack.split("\n").slice(1, 6) : []);
    }
    m.steps.push(said);
    stepsRun.set(this.constructor.name, (stepsRun.get(this.constructor.name) ?? 0) + 1);
    checkDocument(m, r.model, `step ${m.steps.length}`);
  }

  /** Does the step and says, in words, what it did (the failure message lists these). */
  protected abstract act(m: Expected, r: Real): Promise<string>;
  abstract toString(): string;
}

// ---- reading the document --------------------------------------------------------------------

const short = (text: string) => (text.length > 28 ? `"${text.slice(0, 25)}…"` : `"${text}"`);

/** "response r2", "rec-text r1", "block opening", "wording closing-x@1", or "top level". */
export function placeName(tag: string | undefined): string {
  if (tag === undefined) return "top level";
  const parsed = parseTag(tag);
  if (!parsed) return `control "${tag}"`;
  if (parsed.kind === "section" || parsed.kind === "response") return `${parsed.kind} ${parsed.recId}`;
  if (parsed.kind === "wording") return `wording ${parsed.wordingId}`;
  return parsed.name.startsWith("rec-text:") ? `rec-text ${parsed.name.split(":").at(-1)}` : `block ${parsed.name}`;
}

export const describeLine = (l: Line) => `${short(l.text)} (${placeName(innermost(l)?.tag)})`;

export function describeBlock(block: ParagraphNode | ControlNode | undefined, model: Real["model"]): string {
  if (!block) return "the end";
  if (block.kind === "control") return placeName(block.tag);
  const line = readDocument(model, "raw").find((l) => l.node === block);
  return line ? describeLine(line) : "a paragraph";
}

export function outcomeWords(o: InsertOutcome): string {
  const where = o.placement.at === "end" ? `end (${o.placement.reason})` : o.placement.at === "after-section" ? `after ${placeName(o.placement.sectionTag)}` : o.placement.at === "in-response" ? `in ${placeName(o.placement.responseTag)}` : o.placement.at;
  const recs = o.inserted.map((t) => parseTag(t)).map((p) => (p?.kind === "section" ? p.recId : "?"));
  return `${recs.length ? `sections ${recs.join(", ")}` : "no section"}${o.blocks ? ` + ${o.blocks} blocks` : ""} at ${where}`;
}

export const sectionTagsIn = (plan: Plan): string[] => plan.nodes.flatMap((n) => (n.kind === "control" && parseTag(n.tag)?.kind === "section" ? [n.tag] : []));

/** Section tags Word holds now, tracked deletions included (the add-in sees those too, WORD-SEMANTICS 55). */
export const sectionTagsInWord = (r: Real): Set<string> => new Set(readDocument(r.model, "raw").flatMap((l) => (l.node.kind === "control" && parseTag(l.node.tag)?.kind === "section" ? [l.node.tag] : [])));
