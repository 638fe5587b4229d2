/** WORD-SEMANTICS 63 and 64: where a control's "Whole" range ends, and where "End" inserts land. */
import { setupWordHost } from "../support/wordHost";
import { codeOf, outline } from "../support/wordModelView";

const wrapWhole = (tag: string) =>
  Word.run(async (context) => {
    context.document.contentControls.getByTag(tag).getFirst().getRange("Whole").insertContentControl().tag = "wrapper";
    await context.sync();
  });

describe("a control's Whole range takes the paragraph mark after it (63)", () => {
  // Source: word.d.ts enum RangeLocation ("whole"; for a paragraph control it includes the
  // paragraph mark after it); https://github.com/OfficeDev/office-js/issues/1169.
  it("63: Whole reaches into the next paragraph: its text includes it and wrapping it takes both", async () => {
    const { model } = setupWordHost({}, { body: ["Intro", { cc: { tag: "a" }, children: ["First"] }, "Next", "Tail"] });
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("a").getFirst();
      const whole = cc.getRange("Whole").load("text");
      const byDefault = cc.getRange().load("text");
      const content = cc.getRange("Content").load("text");
      // A paragraph's own Whole is unchanged: just the paragraph.
      const para = context.document.body.paragraphs.getFirst().getRange("Whole").load("text");
      await context.sync();
      expect([whole.text, byDefault.text, content.text, para.text]).toEqual(["First\rNext", "First\rNext", "First", "Intro"]);
    });
    expect(await codeOf(wrapWhole("a"))).toBe("resolved");
    expect(outline(model)).toEqual(["Intro", "[wrapper]", "  [a]", "    First", "  Next", "Tail"]);
  });

  it.each([
    ["the next block is a control", [{ cc: { tag: "a" }, children: ["First"] }, { cc: { tag: "b" }, children: ["Second"] }]],
    ["the next block is a table", [{ cc: { tag: "a" }, children: ["First"] }, { table: [["x"]] }, "After"]],
    ["the control is the last block of the body", ["Intro", { cc: { tag: "a" }, children: ["First"] }]],
    ["the control is the last block of its parent control", [{ cc: { tag: "outer" }, children: ["Heading", { cc: { tag: "a" }, children: ["First"] }] }, "After"]],
  ])("63: wrapping Whole fails at sync with GeneralException when %s", async (_name, body) => {
    const { model } = setupWordHost({}, { body });
    const before = outline(model);
    expect(await codeOf(wrapWhole("a"))).toBe("GeneralException");
    expect(outline(model)).toEqual(before);
  });
});

describe('"End" lands inside the last nested control (64)', () => {
  // Source: https://github.com/OfficeDev/office-js/issues/866 (maintainer: by design);
  // https://github.com/OfficeDev/office-js/issues/4975.
  const nested = { body: ["Intro", { cc: { tag: "sec" }, children: ["Heading", { cc: { tag: "resp" }, children: ["Answer"] }] }] };

  it("64: Body.insertParagraph End, when the body ends with a control, lands in the innermost last control", async () => {
    const { model } = setupWordHost({}, nested);
    await Word.run(async (context) => {
      const p = context.document.body.insertParagraph("Appended", "End");
      const parent = p.parentContentControl.load("tag");
      await context.sync();
      expect(parent.tag).toBe("resp");
    });
    expect(outline(model)).toEqual(["Intro", "[sec]", "  Heading", "  [resp]", "    Answer", "    Appended"]);
  });

  it("64: ContentControl.insertParagraph End, when the control ends with a control, lands in that control", async () => {
    const { model } = setupWordHost({}, nested);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("sec").getFirst().insertParagraph("More", "End");
      await context.sync();
    });
    expect(outline(model)).toEqual(["Intro", "[sec]", "  Heading", "  [resp]", "    Answer", "    More"]);
  });

  it("64: a table as last block stops the descent; Start and After are not affected", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "sec" }, children: ["Heading", { table: [["x"]] }] }] });
    await Word.run(async (context) => {
      context.document.body.insertParagraph("End of body", "End");
      context.document.body.insertParagraph("Start of body", "Start");
      context.document.contentControls.getByTag("sec").getFirst().insertParagraph("After sec", "After");
      await context.sync();
    });
    expect(outline(model)).toEqual(["Start of body", "[sec]", "  Heading", "  <table>", "    x", "  End of body", "After sec"]);
  });

  it("64: a table cell's body that ends with a control grows that control", async () => {
    const { model } = setupWordHost({}, { body: [{ table: [["x"]] }, "After"] });
    // The spec language has no controls in cells: put one there as a person would have.
    const table = model.body.children[0];
    if (table.kind !== "table") throw new Error("table expected");
    const cell = table.rows[0].cells[0];
    cell.children.push({ kind: "control", id: 99, type: "RichText", tag: "inCell", title: "", appearance: "BoundingBox", color: "", placeholderText: "", cannotEdit: false, cannotDelete: false, removeWhenEdited: false, font: {}, children: [model.newParagraph("In cell")] });
    model.structureChanged();
    await Word.run(async (context) => {
      const tables = context.document.body.tables.load("items");
      await context.sync();
      const rows = tables.items[0].rows.load("items");
      await context.sync();
      const cells = rows.items[0].cells.load("items");
      await context.sync();
      cells.items[0].body.insertParagraph("Cell end", "End");
      await context.sync();
    });
    expect(outline(model)).toEqual(["<table>", "  x", "  [inCell]", "    In cell", "    Cell end", "After"]);
  });
});
