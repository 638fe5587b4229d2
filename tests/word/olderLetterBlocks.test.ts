/**
 * A letter drafted by an older version of the add-in: its blocks are tagged ird:block:<name>, with
 * no inspection (issue 13 added it: ird:block:<name>:<inspectionId>). "Insert full response" on
 * such a document, after a section was lost, puts back the section and nothing else: no second
 * addressee, date, opening or signature.
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog, type Inspection } from "../../src/domain/catalog";
import { builtInStyles, composeResponse } from "../../src/domain/compose";
import type { PlanNode } from "../../src/domain/plan";
import { blockTag, sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import { NORTHVALE } from "../support/exampleOffice";
import { setupWordHost } from "../support/wordHost";
import { outline } from "./outline";

const inspections = parseCatalog(catalog).inspections;
const rape1 = inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const other = inspections.find((i) => i.id !== rape1.id && i.recommendations.length > 0)!;
const letter = builtInStyles.find((s) => s.id === "narrative-letter")!;
const today = new Date(2022, 2, 10, 9, 0);
const plan = (inspection: Inspection) => composeResponse(inspection, letter, NORTHVALE, { today });

/** Rewrites the letter blocks' tags to the older form, as an older version of the add-in wrote them. */
function asOlderVersion(model: WordDocumentModel, inspection: Inspection): void {
  const suffix = `:${inspection.id}`;
  for (const cc of model.allControls())
    if (cc.tag.startsWith("ird:block:") && cc.tag.endsWith(suffix) && !cc.tag.startsWith("ird:block:rec-text:")) cc.tag = blockTag(cc.tag.slice("ird:block:".length, -suffix.length));
}

const topTags = (nodes: PlanNode[]) => nodes.flatMap((n) => (n.kind === "control" ? [n.tag] : []));
const count = (lines: string[], text: string) => lines.filter((l) => l.includes(text)).length;

async function olderLetter() {
  const setup = setupWordHost();
  const port = createOfficeWordPort();
  await port.insertPlan(plan(rape1), "cursor");
  asOlderVersion(setup.model, rape1);
  // The letter's own blocks now carry no inspection.
  expect(outline(setup.model)).toEqual(expect.arrayContaining(["[ird:block:addressee]", "[ird:block:salutation]", "[ird:block:signature]"]));
  // The user deleted one section.
  const last = rape1.recommendations.at(-1)!;
  setup.model.removeBlock(setup.model.allControls().find((cc) => cc.tag === sectionTag(rape1.id, last.id))!);
  return { ...setup, port, last };
}

describe("Insert full response on a letter drafted by an older version", () => {
  it("puts back the missing section only: no second opening, date or signature", async () => {
    const { model, port, last } = await olderLetter();
    const before = outline(model);
    const outcome = await port.insertPlan(plan(rape1), "end");
    expect(outcome.inserted).toEqual([sectionTag(rape1.id, last.id)]);
    expect(outcome.blocks).toBe(0);
    const after = outline(model);
    for (const line of before.filter((l) => /^\[ird:block:/.test(l))) expect(count(after, line)).toBe(1);
    expect(after.filter((l) => /^\[ird:block:[a-z-]+:/.test(l))).toEqual([]);
    // What the user reads: one salutation, one date, one signature.
    for (const block of ["salutation", "date", "signature"]) {
      const at = before.indexOf(`[ird:block:${block}]`);
      expect(count(after, before[at + 1].trim())).toBe(1);
    }
    expect(count(after, "Normal: Dear ")).toBe(1);
  });

  it("a second inspection's letter still gets its own blocks", async () => {
    const { model, port } = await olderLetter();
    const outcome = await port.insertPlan(plan(other), "end");
    // Its letter blocks (standard wording, tagged by the wording alone, is never repeated).
    expect(outcome.blocks).toBe(topTags(plan(other).nodes).filter((t) => t.startsWith("ird:block:")).length);
    expect(outline(model)).toContain(`[ird:block:salutation:${other.id}]`);
  });
});
