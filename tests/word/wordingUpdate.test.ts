/**
 * Updating a block of stale approved wording (issue 10): only that block's text changes, in one
 * sync, it carries the new version's tag, and every other paragraph and control is as it was.
 */
import { responseTag, sectionTag, wordingTag } from "../../src/domain/tags";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import { createOfficeWordPort } from "../../src/word";
import type { PlanControl } from "../../src/domain/plan";
import { failureOf, setupWordHost } from "../support/wordHost";
import { controlsTagged, outline } from "./outline";

const OLD = wordingTag("accepted", 1);
const NEW = wordingTag("accepted", 2);
const id = "insp";

const next = (texts: string[], tag = NEW): PlanControl => ({
  kind: "control",
  tag,
  title: "Accepted (version 2)",
  children: texts.map((text) => ({ kind: "paragraph" as const, text, style: "Normal" as const })),
});

/** A letter with the same wording twice (in a response and in the letter), each in a custom style. */
const letter = () => ({
  body: [
    { p: "Dear Inspector,", style: "Normal" },
    {
      cc: { tag: sectionTag(id, "r1"), title: "Recommendation 1" },
      children: [
        { p: "Recommendation 1", style: "Heading 2" },
        {
          cc: { tag: responseTag(id, "r1"), title: "Response" },
          children: [
            { p: "Typed before.", style: "Response Text" },
            { cc: { tag: OLD, title: "Accepted" }, children: [{ p: "We accept this recommendation.", style: "Response Text" }] },
            { p: "Typed after.", style: "Response Text" },
          ],
        },
      ],
    },
    { cc: { tag: OLD, title: "Accepted" }, children: [{ p: "We accept this recommendation.", style: "Normal" }] },
    { p: "Yours sincerely", style: "Normal" },
  ],
});

/** The outline without the lines of the control with this id (its tag line and what is indented under it). */
function outlineWithout(model: WordDocumentModel, controlId: number): string[] {
  const lines = outline(model);
  const index = model.view().findIndex((v) => v.node.kind === "control" && v.node.id === controlId);
  const depth = model.view()[index].depth;
  const end = model.view().findIndex((v, i) => i > index && v.depth <= depth);
  return [...lines.slice(0, index), ...lines.slice(end < 0 ? lines.length : end)];
}

describe("updating stale wording", () => {
  it("replaces only that block's text, in its own style, with the new tag, in one sync; every other paragraph is byte for byte as it was", async () => {
    const { model, host } = setupWordHost({}, letter());
    const port = createOfficeWordPort();
    const snapshot = await port.readSnapshot();
    const [inResponse, inLetter] = snapshot.controls.filter((c) => c.tag === OLD);
    const style = snapshot.paragraphs.find((p) => p.controlTags?.includes(OLD))?.style;
    expect(style).toBe("Response Text");
    const othersBefore = outlineWithout(model, inResponse.id!);
    const letterBlockBefore = JSON.stringify(controlsTagged(model, OLD).find((c) => c.id === inLetter.id));
    host.resetCounters();

    const replaced = await port.replaceWording({ id: inResponse.id!, tag: OLD, style }, next(["We accept this recommendation in full.", "Work starts in March."]));

    expect(host.counters.syncs).toBe(1);
    expect(replaced).toEqual({ before: ["We accept this recommendation."], verified: true, problems: [] });
    const block = model.allControls().find((c) => c.id === inResponse.id)!;
    expect(block.tag).toBe(NEW);
    expect(block.title).toBe("Accepted (version 2)");
    expect(outline(model).slice(5, 10)).toEqual([
      `    [${NEW}]`,
      "      Response Text: We accept this recommendation in full.",
      "      Response Text: Work starts in March.",
      "    Response Text: Typed after.",
      `[${OLD}]`,
    ]);
    // Everything else, the other copy of the same wording included, is exactly as it was.
    expect(outlineWithout(model, inResponse.id!)).toEqual(othersBefore);
    expect(JSON.stringify(controlsTagged(model, OLD)[0])).toBe(letterBlockBefore);
    // "Go to" selects that block, not the first copy of the same wording.
    await port.selectWording({ id: inLetter.id!, tag: OLD });
    expect(host.selectionLog.at(-1)).toMatchObject({ source: "api" });
    expect(model.selection).toMatchObject({ kind: "node", node: { id: inLetter.id } });
  });

  it("reads the block's text as it was just before the update, so a change made after the preview shows", async () => {
    const { model } = setupWordHost({}, letter());
    const port = createOfficeWordPort();
    const [block] = (await port.readSnapshot()).controls.filter((c) => c.tag === OLD);
    const para = controlsTagged(model, OLD)[0].children[0];
    if (para.kind !== "paragraph") throw new Error("the block should hold a paragraph");
    model.setParagraphText(para.id, "We accept this, with changes of our own.");
    const replaced = await port.replaceWording({ id: block.id!, tag: OLD }, next(["New."]));
    expect(replaced.before).toEqual(["We accept this, with changes of our own."]);
  });

  it("changes nothing when the block has gone or now carries another tag (ItemNotFound)", async () => {
    const { model } = setupWordHost({}, letter());
    const port = createOfficeWordPort();
    const [block] = (await port.readSnapshot()).controls.filter((c) => c.tag === OLD);
    await port.replaceWording({ id: block.id!, tag: OLD }, next(["Version 2."]));
    const after = outline(model);
    // Updated once already: the same request again finds no block with the old tag and that id.
    const { error, text } = await failureOf(port.replaceWording({ id: block.id!, tag: OLD }, next(["Version 3."], wordingTag("accepted", 3))));
    expect(error.code).toBe("ItemNotFound");
    expect(text).toMatch(/no longer there/);
    expect(outline(model)).toEqual(after);
  });

  it("with Track Changes on, leaves the change tracked and still reads the block back as updated (its Current text, WordApi 1.4)", async () => {
    const { model } = setupWordHost({ wordApi: "1.4" }, { ...letter(), changeTrackingMode: "TrackAll" });
    const port = createOfficeWordPort();
    const [block] = (await port.readSnapshot()).controls.filter((c) => c.tag === OLD);
    const replaced = await port.replaceWording({ id: block.id!, tag: OLD }, next(["Version 2."]));
    expect(replaced).toMatchObject({ before: ["We accept this recommendation."], verified: true });
    expect(model.trackedChanges.length).toBeGreaterThan(0);
  });

  it("updates a block at the top level of the letter in the letter's style", async () => {
    const { model } = setupWordHost({}, letter());
    const port = createOfficeWordPort();
    const snapshot = await port.readSnapshot();
    const inLetter = snapshot.controls.filter((c) => c.tag === OLD)[1];
    await port.replaceWording({ id: inLetter.id!, tag: OLD, style: "Normal" }, next(["One.", "Two."]));
    expect(outline(model).slice(-4)).toEqual([`[${NEW}]`, "  Normal: One.", "  Normal: Two.", "Normal: Yours sincerely"]);
  });
});
