/**
 * "Insert section for this recommendation" while the cursor is inside another of our sections:
 * the new section goes right after that section, outside it, and nothing in it changes.
 */
import { blockTag, responseTag, sectionTag } from "../../src/domain/tags";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { ControlNode } from "../../src/preview/emulator/modelTypes";
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost, with13 } from "../support/wordHost";
import { controlsTagged, outline, responseText } from "./outline";
import { inspectionWith, planFor, sectionNode } from "./plans";

const thirteen = inspectionWith(13);
const id = thirteen.id;
const topLevelSections = (model: WordDocumentModel) =>
  model.body.children.flatMap((b) => (b.kind === "control" && b.tag.startsWith("ird:section:") ? [b.tag] : []));
const onlySection = (index: number) => ({ inspectionId: id, nodes: [sectionNode(thirteen, index)] });

/** The outline lines of one top-level section: its tag line and everything indented under it. */
function sectionOutline(model: WordDocumentModel, tag: string): string[] {
  const lines = outline(model);
  const start = lines.indexOf(`[${tag}]`);
  const end = lines.findIndex((line, i) => i > start && !line.startsWith(" "));
  return lines.slice(start, end < 0 ? undefined : end);
}

function firstParagraphId(cc: ControlNode): string {
  const first = cc.children[0];
  if (first.kind === "paragraph") return first.id;
  if (first.kind === "control") return firstParagraphId(first);
  throw new Error("expected a paragraph at the start of the control");
}

/** Sections 1–3 drafted, section 2's response typed in by a person, the cursor where `cursorIn` says. */
async function draftedWithCursor(cursorIn: (model: WordDocumentModel) => string, options = {}) {
  const setup = setupWordHost(with13(options), { body: ["Dear Inspector,", "Yours sincerely"], selection: { paragraphText: "Dear Inspector," } });
  const { model } = setup;
  await createOfficeWordPort().insertPlan({ inspectionId: id, nodes: planFor(thirteen, { blocks: false }).nodes.slice(0, 3) }, "cursor");
  const response = controlsTagged(model, responseTag(id, "r2"))[0];
  const first = firstParagraphId(response);
  model.setParagraphText(first, "We accept this recommendation.");
  model.insertParagraphAfter(first, "Work starts in March.");
  model.setCursor(cursorIn(model), 3);
  setup.host.resetCounters();
  return setup;
}

const inResponse = (model: WordDocumentModel) => firstParagraphId(controlsTagged(model, responseTag(id, "r2"))[0]);

describe("inserting a section while the cursor is inside another section", () => {
  it("puts the new section between sections 2 and 3 when the cursor is in section 2's response, in two round trips", async () => {
    const { host, model } = await draftedWithCursor(inResponse);
    const section2Before = sectionOutline(model, sectionTag(id, "r2"));
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");

    expect(topLevelSections(model)).toEqual([sectionTag(id, "r1"), sectionTag(id, "r2"), sectionTag(id, "r5"), sectionTag(id, "r3")]);
    expect(outcome).toMatchObject({ placement: { at: "after-section", sectionTag: sectionTag(id, "r2") }, inserted: [sectionTag(id, "r5")], skipped: [], verified: true });
    // Whether section 2 sits inside someone else's control was read with the body's controls (one level, WORD-SEMANTICS 68).
    expect(host.counters.syncs).toBe(2);
    // What the person typed is exactly as it was, and section 2 gained nothing.
    expect(responseText(model, responseTag(id, "r2"))).toEqual(["We accept this recommendation.", "Work starts in March."]);
    expect(sectionOutline(model, sectionTag(id, "r2"))).toEqual(section2Before);
    expect(sectionOutline(model, sectionTag(id, "r5"))[1]).toBe("  Heading 2: Recommendation 5");
  });

  it.each([
    ["its heading", (model: WordDocumentModel) => firstParagraphId(controlsTagged(model, sectionTag(id, "r2"))[0])],
    ["its locked recommendation text", (model: WordDocumentModel) => firstParagraphId(controlsTagged(model, blockTag(`rec-text:${id}:r2`))[0])],
  ])("also goes right after the section when the cursor is in %s, leaving the locked text locked and unchanged", async (_where, cursorIn) => {
    const { model } = await draftedWithCursor(cursorIn);
    const recText = controlsTagged(model, blockTag(`rec-text:${id}:r2`))[0];
    const lockedText = JSON.stringify(recText.children);
    await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(topLevelSections(model)).toEqual([sectionTag(id, "r1"), sectionTag(id, "r2"), sectionTag(id, "r5"), sectionTag(id, "r3")]);
    expect(recText.cannotEdit).toBe(true);
    expect(JSON.stringify(recText.children)).toBe(lockedText);
  });

  it("goes after the last section, before the closing paragraph, when the cursor is in the last section", async () => {
    const { model } = await draftedWithCursor((m) => firstParagraphId(controlsTagged(m, responseTag(id, "r3"))[0]));
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(outcome.placement).toEqual({ at: "after-section", sectionTag: sectionTag(id, "r3") });
    expect(topLevelSections(model)).toEqual([sectionTag(id, "r1"), sectionTag(id, "r2"), sectionTag(id, "r3"), sectionTag(id, "r5")]);
    expect(model.paragraphs().at(-1)?.text).toBe("Yours sincerely");
  });

  // Finding the section around wording would take a read per level (WORD-SEMANTICS 68): the end is the safe place.
  it("goes to the end, saying why, when the cursor is in approved wording inside a response", async () => {
    const { model } = setupWordHost(
      with13(),
      {
        body: [
          { cc: { tag: sectionTag(id, "r2"), title: "Recommendation 2" }, children: [{ cc: { tag: responseTag(id, "r2") }, children: [{ cc: { tag: "ird:wording:accepted@2" }, children: ["We accept this."] }] }] },
          { cc: { tag: sectionTag(id, "r3"), title: "Recommendation 3" }, children: ["Later"] },
        ],
        selection: { paragraphText: "We accept this." },
      },
    );
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(topLevelSections(model)).toEqual([sectionTag(id, "r2"), sectionTag(id, "r3"), sectionTag(id, "r5")]);
    expect(outcome.placement).toEqual({ at: "end", reason: "cursor-in-control" });
    expect(responseText(model, responseTag(id, "r2"))).toEqual(["We accept this."]);
  });

  it("goes to the end, as before, when the cursor is in someone else's control", async () => {
    const { model } = setupWordHost(
      with13(),
      { body: ["Letter", { cc: { tag: "signature", title: "Signature" }, children: ["Jane Doe"] }, "PS"], selection: { paragraphText: "Jane Doe" } },
    );
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(outcome.placement).toEqual({ at: "end", reason: "cursor-in-control" });
    expect(model.body.children.at(-1)).toMatchObject({ kind: "control", tag: sectionTag(id, "r5") });
  });

  it("goes to the end when our section sits inside someone else's control, so nothing lands inside theirs", async () => {
    const { model } = setupWordHost(
      with13(),
      {
        body: [
          "Letter",
          { cc: { tag: "legal-review", title: "Legal review" }, children: [{ cc: { tag: sectionTag(id, "r2"), title: "Recommendation 2" }, children: ["Our answer"] }] },
          "PS",
        ],
        selection: { paragraphText: "Our answer" },
      },
    );
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(outcome.placement).toEqual({ at: "end", reason: "cursor-in-control" });
    expect(model.body.children.at(-1)).toMatchObject({ kind: "control", tag: sectionTag(id, "r5") });
  });

  it("goes to the end on Word 2016 (WordApi 1.1), which cannot say where the cursor is", async () => {
    const { host, model } = await draftedWithCursor(inResponse, { wordApi: "1.1" });
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(outcome.placement).toEqual({ at: "end", reason: "old-word" });
    expect(topLevelSections(model)).toEqual([sectionTag(id, "r1"), sectionTag(id, "r2"), sectionTag(id, "r3"), sectionTag(id, "r5")]);
    // Which controls hold which (to find the last top-level one, WORD-SEMANTICS 64) comes with the first read.
    expect(host.counters.syncs).toBe(2);
  });

  it("goes to the end when the cursor is in a table inside the response", async () => {
    const { model } = setupWordHost(
      with13(),
      {
        body: [{ cc: { tag: sectionTag(id, "r2"), title: "Recommendation 2" }, children: [{ cc: { tag: responseTag(id, "r2") }, children: [{ table: [["Action", "Owner"]] }] }] }, "PS"],
        selection: { paragraphText: "Owner" },
      },
    );
    const outcome = await createOfficeWordPort().insertPlan(onlySection(4), "cursor");
    expect(outcome.placement).toEqual({ at: "end", reason: "cursor-in-table" });
    expect(model.body.children.at(-1)).toMatchObject({ kind: "control", tag: sectionTag(id, "r5") });
  });
});
