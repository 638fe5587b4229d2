/** What a person does in a random sequence: through the emulator's user edits, as the preview page does. */
import { responseTag, sectionTag } from "../../src/domain/tags";
import { paragraphsIn } from "../../src/preview/emulator/modelTree";
import type { ControlNode, ParagraphNode } from "../../src/preview/emulator/modelTypes";
import { innermost, paragraphLines, readDocument } from "./documentView";
import { SequenceFailure, liveSections, recNumber, type Expected, type Real } from "./state";
import { Step, describeBlock, describeLine } from "./step";

// ---- what a person does ----------------------------------------------------------------------

const TYPED_ANSWER = "the force has appointed a lead officer, who has reviewed the process and will report progress to the board each quarter.";

/** The text typed, and the unique marker that starts it. */
function nextTyped(m: Expected, answer: boolean): { marker: string; text: string } {
  const marker = `typed-${m.nextMarker++}`;
  return { marker, text: answer ? `${marker}: ${TYPED_ANSWER}` : `${marker} (a note of the user's own)` };
}

function append(r: Real, para: ParagraphNode, text: string): boolean {
  return r.model.setParagraphText(para.id, para.text ? `${para.text} ${text}` : text);
}

export class TypeIntoResponse extends Step {
  constructor(
    readonly section: number,
    readonly paragraph: number,
    readonly newParagraph: boolean,
  ) {
    super();
  }
  override check(m: Readonly<Expected>) {
    return liveSections(m).length > 0;
  }
  async act(m: Expected, r: Real) {
    const live = liveSections(m);
    const s = live[this.section % live.length];
    const tag = responseTag(m.scenario.inspection.id, s.recId);
    const lines = paragraphLines(readDocument(r.model, "reviewed"));
    const direct = lines.filter((l) => innermost(l)?.tag === tag);
    // Wording that took the place of an empty response is all it holds: a person types into that (placeWording.ts).
    const own = direct.length > 0 ? direct : lines.filter((l) => l.controls.at(-2)?.tag === tag && innermost(l)?.tag.startsWith("ird:wording:"));
    if (own.length === 0) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: the response ${tag} has no paragraph of its own to type in`);
    const para = own[this.paragraph % own.length].node as ParagraphNode;
    const { marker, text } = nextTyped(m, true);
    let target = para;
    if (this.newParagraph) {
      const id = r.model.splitParagraph(para.id, para.text.length);
      target = (id && r.model.findParagraph(id)) || para;
      if (!id) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: Word refused Enter in the response ${tag}`);
    }
    if (!append(r, target, text)) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: Word refused typing in the response ${tag}`);
    r.model.setCursor(target.id, target.text.length);
    m.typed.push({ marker, place: { recId: s.recId }, fate: "kept" });
    s.typedInto = true;
    return `type "${marker}…" into the response to recommendation ${recNumber(m, s.recId)}${this.newParagraph ? " (Enter, then a new paragraph)" : ""}`;
  }
  toString() {
    return `typeIntoResponse(section ${this.section}, paragraph ${this.paragraph}, ${this.newParagraph ? "new paragraph" : "append"})`;
  }
}

/** A new top-level paragraph at this index of the body, as a person typing between two blocks makes it. */
function typeParagraphAt(r: Real, index: number, text: string): ParagraphNode {
  const para = r.model.newParagraph(text);
  r.model.body.children.splice(index, 0, para);
  r.model.structureChanged();
  r.model.emit("content", "user");
  return para;
}

export class TypeBetweenSections extends Step {
  constructor(
    readonly position: number,
    readonly intoExisting: boolean,
  ) {
    super();
  }
  async act(m: Expected, r: Real) {
    const { marker, text } = nextTyped(m, false);
    const body = r.model.body.children;
    const topParagraphs = paragraphLines(readDocument(r.model, "reviewed")).filter((l) => l.depth === 0);
    let said: string;
    let target: ParagraphNode;
    if (this.intoExisting && topParagraphs.length) {
      const line = topParagraphs[this.position % topParagraphs.length];
      target = line.node as ParagraphNode;
      said = `type "${marker}…" at the end of the paragraph ${describeLine(line)}`;
      if (!append(r, target, text)) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: Word refused typing at top level`);
    } else {
      const at = this.position % (body.length + 1);
      const [before, after] = [body[at - 1], body[at]] as Array<ParagraphNode | ControlNode | undefined>;
      said = `type "${marker}…" in a new paragraph between ${at === 0 ? "the start" : describeBlock(before, r.model)} and ${describeBlock(after, r.model)}`;
      target = typeParagraphAt(r, at, text);
    }
    r.model.setCursor(target.id, target.text.length);
    m.typed.push({ marker, place: "between sections", fate: "kept" });
    return said;
  }
  toString() {
    return `typeBetweenSections(position ${this.position}, ${this.intoExisting ? "into a paragraph there" : "new paragraph"})`;
  }
}

let trackedChangeIds = 100_000;

export class DeleteSection extends Step {
  constructor(readonly section: number) {
    super();
  }
  override check(m: Readonly<Expected>) {
    return liveSections(m).length > 0;
  }
  async act(m: Expected, r: Real) {
    const live = liveSections(m);
    const s = live[this.section % live.length];
    const tag = sectionTag(m.scenario.inspection.id, s.recId);
    const body = r.model.body.children;
    const at = body.findIndex((b) => b.kind === "control" && b.tag === tag && b.changeTrackingState !== "Deleted");
    if (at < 0) throw new SequenceFailure(m, `Step ${m.steps.length + 1}: section ${tag} is not a top-level block to delete`);
    const cc = body[at] as ControlNode;
    if (m.tracking) {
      // A person's deletion under Track Changes: Word keeps the section as a tracked deletion (WORD-SEMANTICS 55), as tracking.ts records one.
      cc.changeTrackingState = "Deleted";
      const first = paragraphsIn(cc.children)[0];
      r.model.trackedChanges.push({ id: trackedChangeIds++, type: "Deleted", author: "User", date: new Date(0).toISOString(), para: first, start: 0, end: 0, wholeParagraph: true, control: cc });
      r.model.emit("content", "user");
      s.deletedTracked = true;
    } else {
      // Selected and deleted (unlocked first: the recommendation text is locked against editing).
      r.model.removeBlock(cc);
      r.model.emit("content", "user");
      m.sections.delete(s.recId);
    }
    // The cursor stays where the section was: at the start of the block after it.
    const next = paragraphsIn(r.model.body.children.slice(m.tracking ? at + 1 : at))[0] ?? r.model.paragraphs().at(-1)!;
    r.model.setCursor(next.id, 0);
    const fate = m.tracking ? "deleted with its section under Track Changes" : "deleted with its section";
    for (const t of m.typed) if (t.fate === "kept" && t.place !== "between sections" && t.place.recId === s.recId) t.fate = fate;
    return `delete the section for recommendation ${recNumber(m, s.recId)}${m.tracking ? " (tracked)" : ""}`;
  }
  toString() {
    return `deleteSection(${this.section})`;
  }
}

export const OFFSETS = ["start", "middle", "end"] as const;

export class MoveCursor extends Step {
  constructor(
    readonly paragraph: number,
    readonly offset: (typeof OFFSETS)[number],
  ) {
    super();
  }
  async act(m: Expected, r: Real) {
    const lines = paragraphLines(readDocument(r.model, "raw"));
    const line = lines[this.paragraph % lines.length];
    const p = line.node as ParagraphNode;
    const at = this.offset === "start" ? 0 : this.offset === "end" ? p.text.length : Math.floor(p.text.length / 2);
    r.model.setCursor(p.id, at);
    return `move the cursor to the ${this.offset} of ${describeLine(line)}`;
  }
  toString() {
    return `moveCursor(paragraph ${this.paragraph}, ${this.offset})`;
  }
}

export class TrackChangesOn extends Step {
  override check(m: Readonly<Expected>) {
    return !m.tracking;
  }
  async act(m: Expected, r: Real) {
    r.model.changeTrackingMode = "TrackAll";
    m.tracking = true;
    return "turn Track Changes on";
  }
  toString() {
    return "trackChangesOn()";
  }
}
