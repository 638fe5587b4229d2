/**
 * cannotDelete (WORD-SEMANTICS 29): what the host refuses, so an adapter that forgets to unlock
 * before deleting fails here as it would in Word.
 */
import { setupWordHost } from "../support/wordHost";
import { bodyTexts, codeOf, outline } from "../support/wordModelView";

const locked = {
  body: ["Before", { cc: { tag: "sec", title: "Section", cannotDelete: true }, children: ["Heading", { cc: { tag: "resp" }, children: ["Typed"] }] }, "After"],
};

describe("cannotDelete", () => {
  it("ContentControl.delete of a cannotDelete control fails with GeneralException and removes nothing", async () => {
    const { model } = setupWordHost({}, locked);
    const before = outline(model);
    const result = Word.run(async (context) => {
      context.document.contentControls.getByTag("sec").getFirst().delete(false);
      await context.sync();
    });
    expect(await codeOf(result)).toBe("GeneralException");
    expect(outline(model)).toEqual(before);
  });

  it("clear() of a body holding a cannotDelete control fails with NotAllowed (office-js issue 2829, by design)", async () => {
    const { model } = setupWordHost({}, locked);
    const result = Word.run(async (context) => {
      context.document.body.clear();
      await context.sync();
    });
    expect(await codeOf(result)).toBe("NotAllowed");
    expect(bodyTexts(model)).toEqual(["Before", "Heading", "Typed", "After"]);
  });

  it("insertText 'Replace' on a body holding a cannotDelete control fails too", async () => {
    const { model } = setupWordHost({}, locked);
    const result = Word.run(async (context) => {
      context.document.body.insertText("All gone", "Replace");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("NotAllowed");
    expect(bodyTexts(model)).toEqual(["Before", "Heading", "Typed", "After"]);
  });

  it("a range delete across the locked control is refused; clearing or typing inside it is not", async () => {
    const { model } = setupWordHost({}, locked);
    const across = Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.getFirst().getRange("Whole").expandTo(paragraphs.getLast().getRange("Whole")).delete();
      await context.sync();
    });
    expect(await codeOf(across)).toBe("GeneralException");
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("sec").getFirst();
      cc.clear();
      cc.insertText("Rewritten", "Start");
      await context.sync();
    });
    expect(model.allControls().map((c) => c.tag)).toEqual(["sec"]);
    expect(bodyTexts(model)).toContain("Rewritten");
  });

  it("once unlocked in the same batch, the control deletes", async () => {
    const { model } = setupWordHost({}, locked);
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("sec").getFirst();
      cc.cannotDelete = false;
      cc.delete(false);
      await context.sync();
    });
    expect(bodyTexts(model)).toEqual(["Before", "After"]);
  });
});
