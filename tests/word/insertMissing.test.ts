/** Putting back only the sections a document lacks, without touching what a person wrote. */
import { responseTag, sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import { setupWordHost } from "../support/wordHost";
import { controlsTagged, outline, responseText } from "./outline";
import { inspectionWith, planFor } from "./plans";

const thirteen = inspectionWith(13);
const id = thirteen.id;
const sectionTags = thirteen.recommendations.map((r) => sectionTag(id, r.id));
const topLevelSections = (model: WordDocumentModel) =>
  model.body.children.flatMap((b) => (b.kind === "control" && b.tag.startsWith("ird:section:") ? [b.tag] : []));

/** Types into a response the way a person does in Word: into its paragraph, then a new paragraph. */
function typeResponse(model: WordDocumentModel, recId: string, lines: string[]): void {
  const cc = controlsTagged(model, responseTag(id, recId))[0];
  const first = cc.children[0];
  if (first.kind !== "paragraph") throw new Error("a response starts with a paragraph");
  model.setParagraphText(first.id, lines[0]);
  let last = first.id;
  for (const line of lines.slice(1)) last = model.insertParagraphAfter(last, line) ?? last;
}

function deleteSection(model: WordDocumentModel, recId: string): void {
  model.removeBlock(controlsTagged(model, sectionTag(id, recId))[0]);
}

const typed: Record<string, string[]> = {
  r1: ["We accept this recommendation.  Our plan:", "\t• review by March\u00a02025 — “in full” & <on time>"],
  r5: ["Partly accepted; see the annex."],
  r13: ["", "A response that starts with an empty line."],
};

async function draftedDocument() {
  const setup = setupWordHost({}, { body: ["Dear Inspector,"], selection: { paragraphText: "Dear Inspector," } });
  await createOfficeWordPort().insertPlan(planFor(thirteen), "cursor");
  for (const [recId, lines] of Object.entries(typed)) typeResponse(setup.model, recId, lines);
  setup.host.resetCounters();
  return setup;
}

describe("inserting the missing sections", () => {
  it("adds nothing, in one round trip, when every section is there", async () => {
    const { host, model } = await draftedDocument();
    const before = outline(model);
    const outcome = await createOfficeWordPort().insertMissing(planFor(thirteen));
    expect(outcome).toMatchObject({ inserted: [], skipped: sectionTags });
    expect(outline(model)).toEqual(before);
    expect(host.counters.syncs).toBe(1);
  });

  it("puts a deleted section back between its neighbours, leaving typed responses byte for byte", async () => {
    const { host, model } = await draftedDocument();
    const complete = outline(model);
    deleteSection(model, "r4");
    deleteSection(model, "r9");
    const outcome = await createOfficeWordPort().insertMissing(planFor(thirteen));
    expect(outcome.inserted).toEqual([sectionTag(id, "r4"), sectionTag(id, "r9")]);
    expect(outcome.skipped).toHaveLength(11);
    expect(outline(model)).toEqual(complete);
    for (const [recId, lines] of Object.entries(typed)) expect(responseText(model, responseTag(id, recId))).toEqual(lines);
    expect(host.counters.syncs).toBe(2);
  });

  it("gives the same document when run twice", async () => {
    const { model } = await draftedDocument();
    deleteSection(model, "r1");
    deleteSection(model, "r13");
    const port = createOfficeWordPort();
    await port.insertMissing(planFor(thirteen));
    const once = outline(model);
    const second = await port.insertMissing(planFor(thirteen));
    expect(second.inserted).toEqual([]);
    expect(outline(model)).toEqual(once);
    expect(topLevelSections(model)).toEqual(sectionTags);
  });

  it("puts a missing first section before the next one when nothing precedes it", async () => {
    const { model } = await draftedDocument();
    deleteSection(model, "r1");
    model.removeBlock(controlsTagged(model, "ird:block:opening")[0]);
    await createOfficeWordPort().insertMissing(planFor(thirteen));
    expect(topLevelSections(model)).toEqual(sectionTags);
    expect(model.paragraphs()[0].text).toBe("Dear Inspector,");
  });

  it("adds every section at the end of a document that has none, saying so", async () => {
    const { model } = setupWordHost({}, { body: ["Dear Inspector,", "Thank you for the report."] });
    const outcome = await createOfficeWordPort().insertMissing(planFor(thirteen));
    expect(outcome).toMatchObject({ placement: { at: "end", reason: "requested" }, inserted: sectionTags, verified: true });
    expect(model.paragraphs().slice(0, 2).map((p) => p.text)).toEqual(["Dear Inspector,", "Thank you for the report."]);
    expect(topLevelSections(model)).toEqual(sectionTags);
  });

  it("never duplicates a section a person moved elsewhere", async () => {
    const { model } = await draftedDocument();
    const moved = controlsTagged(model, sectionTag(id, "r2"))[0];
    model.removeBlock(moved);
    model.body.children.push(moved);
    model.structureChanged();
    await createOfficeWordPort().insertMissing(planFor(thirteen));
    expect(controlsTagged(model, sectionTag(id, "r2"))).toHaveLength(1);
    expect(model.allControls().filter((c) => c.tag.startsWith("ird:section:"))).toHaveLength(13);
  });
});
