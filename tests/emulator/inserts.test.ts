/** WORD-SEMANTICS section 2: insert locations and what inserts return (lines 18–27). */
import { setupWordHost } from "../support/wordHost";
import { bodyTexts, codeOf, outline } from "../support/wordModelView";

const section = { body: ["Intro", { cc: { tag: "sec" }, children: ["Inside one", "Inside two"] }, "Outro"] };

describe("insert locations", () => {
  it("18/22: a control's Start/End insert inside its tags, Before/After outside", async () => {
    const { model } = setupWordHost({}, section);
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("sec").getFirst();
      cc.insertParagraph("start", "Start");
      cc.insertParagraph("end", "End");
      cc.insertParagraph("before", "Before");
      cc.insertParagraph("after", "After");
      await context.sync();
    });
    expect(outline(model)).toEqual(["Intro", "before", "[sec]", "  start", "  Inside one", "  Inside two", "  end", "after", "Outro"]);
  });

  it("19: Body.insertParagraph End makes the last paragraph and returns it", async () => {
    const { model } = setupWordHost({}, section);
    await Word.run(async (context) => {
      const p = context.document.body.insertParagraph("Last", "End");
      p.load("text");
      await context.sync();
      expect(p.text).toBe("Last");
    });
    expect(bodyTexts(model).slice(-1)).toEqual(["Last"]);
  });

  it("19: Body.insertText End returns the inserted text's range", async () => {
    setupWordHost({}, { body: ["Hello"] });
    await Word.run(async (context) => {
      const r = context.document.body.insertText(" world", "End");
      r.load("text");
      const body = context.document.body.load("text");
      await context.sync();
      expect([r.text, body.text]).toEqual([" world", "Hello world"]);
    });
  });

  it("19: Body.insertContentControl wraps the whole body", async () => {
    const { model } = setupWordHost({}, { body: ["a", "b"] });
    await Word.run(async (context) => {
      context.document.body.insertContentControl().tag = "all";
      await context.sync();
    });
    expect(outline(model)).toEqual(["[all]", "  a", "  b"]);
  });

  it("20: Paragraph.insertParagraph Before/After returns a paragraph; insertContentControl wraps it", async () => {
    const { model } = setupWordHost({}, { body: ["middle"] });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.insertParagraph("before", "Before");
      const after = p.insertParagraph("after", "After");
      after.insertContentControl().tag = "wrapped";
      await context.sync();
    });
    expect(outline(model)).toEqual(["before", "middle", "[wrapped]", "  after"]);
  });

  it("21: Range.insertText Before/After lands outside the range; the result can be loaded", async () => {
    setupWordHost({}, { body: ["middle"] });
    await Word.run(async (context) => {
      const r = context.document.body.paragraphs.getFirst().getRange("Content");
      r.insertText("[", "Before");
      const end = r.insertText("]", "After");
      end.load("text");
      const p = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      expect([p.text, end.text]).toEqual(["[middle]", "]"]);
    });
  });

  it("23: a returned paragraph can be styled, wrapped and tagged before any sync", async () => {
    const { model } = setupWordHost();
    await Word.run(async (context) => {
      const p = context.document.body.insertParagraph("Recommendation 1", "End");
      p.styleBuiltIn = Word.BuiltInStyleName.heading2;
      const cc = p.insertContentControl();
      cc.set({ tag: "sec:1", title: "Recommendation 1" });
      cc.load("text");
      await context.sync();
      expect(cc.text).toBe("Recommendation 1");
    });
    const cc = model.allControls()[0];
    expect([cc.tag, cc.title, (cc.children[0] as { style: string }).style]).toEqual(["sec:1", "Recommendation 1", "Heading 2"]);
  });

  it("24: insertContentControl() with no type creates a rich-text control", async () => {
    setupWordHost({}, { body: ["x"] });
    await Word.run(async (context) => {
      const cc = context.document.body.paragraphs.getFirst().insertContentControl();
      cc.load("type");
      await context.sync();
      expect(cc.type).toBe("RichText");
    });
  });

  // Deliberately invalid locations: the typings reject them, the runtime queues them anyway.
  const bad = <T>(loc: string) => loc as unknown as T;
  it.each([
    ["Paragraph.insertParagraph Start", (c: Word.RequestContext) => c.document.body.paragraphs.getFirst().insertParagraph("x", bad<"Before">("Start"))],
    ["Body.insertParagraph Before", (c: Word.RequestContext) => c.document.body.insertParagraph("x", bad<"Start">("Before"))],
    ["ContentControl.insertText After", (c: Word.RequestContext) => c.document.contentControls.getFirst().insertText("x", bad<"End">("After"))],
  ])("25: %s is queued and fails at sync with InvalidArgument", async (_name, act) => {
    const { model } = setupWordHost({}, section);
    const result = Word.run(async (context) => {
      act(context);
      await context.sync();
    });
    expect(await codeOf(result)).toBe("InvalidArgument");
    expect(bodyTexts(model)).toEqual(["Intro", "Inside one", "Inside two", "Outro"]);
  });

  it("26: inserting Before a control's first paragraph lands outside the control (issue 3176)", async () => {
    const { model } = setupWordHost({}, section);
    await Word.run(async (context) => {
      const paras = context.document.contentControls.getFirst().paragraphs;
      paras.getFirst().insertParagraph("outside before", "Before");
      paras.getLast().insertParagraph("outside after", "After");
      await context.sync();
    });
    expect(outline(model)).toEqual(["Intro", "outside before", "[sec]", "  Inside one", "  Inside two", "outside after", "Outro"]);
  });

  it("27: a new document has one empty paragraph, and clear() leaves one", async () => {
    setupWordHost();
    await Word.run(async (context) => {
      context.document.body.insertParagraph("x", "End");
      const paras = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(paras.items.map((p) => p.text)).toEqual(["", "x"]);
      context.document.body.clear();
      const after = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(after.items.map((p) => p.text)).toEqual([""]);
    });
  });
});
