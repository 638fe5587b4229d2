/**
 * What updating and placing approved wording relies on (issue 10; src/word/replace.ts,
 * placeWording.ts), each as Word documents it. Listed in src/preview/emulator/README.md.
 */
import { setupWordHost } from "../support/wordHost";
import { codeOf, outline } from "../support/wordModelView";

const doc = {
  body: [
    "Before",
    { cc: { tag: "resp", title: "Response" }, children: [{ p: "Typed.", style: "Body Text" }, { cc: { tag: "w@1", title: "Wording" }, children: [{ p: "One.", style: "Body Text" }, { p: "Two.", style: "Body Text" }] }] },
    { cc: { tag: "w@1", title: "Wording" }, children: ["Elsewhere."] },
    "After",
  ],
};

describe("updating a block of wording", () => {
  // word.d.ts ContentControlCollection.getById: "Throws an ItemNotFound error if there isn't a content control with the identifier in this collection."
  it("35: getById on a getByTag collection fails at sync when the control with that id carries another tag", async () => {
    const { model } = setupWordHost({}, doc);
    const other = model.allControls().find((c) => c.tag === "resp")!;
    const before = outline(model);
    const code = await codeOf(
      Word.run(async (context) => {
        context.document.body.contentControls.getByTag("w@1").getById(other.id).insertText("Gone", "Replace");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(outline(model)).toEqual(before);
  });

  // word.d.ts InsertLocation: "'Replace' replaces the target's content"; the doc-assembly sample (office-js-snippets 90-scenarios) replaces a control's text this way.
  it("18/22: insertText Replace leaves the control, its tag and title, holding one paragraph; End then adds inside it", async () => {
    const { model } = setupWordHost({}, doc);
    const target = model.allControls().filter((c) => c.tag === "w@1")[0];
    await Word.run(async (context) => {
      const cc = context.document.body.contentControls.getByTag("w@1").getById(target.id);
      const range = cc.insertText("New one.", "Replace");
      range.style = "Body Text";
      cc.insertParagraph("New two.", "End").style = "Body Text";
      cc.tag = "w@2";
      await context.sync();
    });
    expect(outline(model)).toEqual(["Before", "[resp]", "  Typed.", "  [w@2]", "    New one.", "    New two.", "[w@1]", "  Elsewhere.", "After"]);
    expect(model.allControls().find((c) => c.id === target.id)!.title).toBe("Wording");
    expect(model.paragraphs().filter((p) => p.text.startsWith("New")).map((p) => p.style)).toEqual(["Body Text", "Body Text"]);
  });

  // WORD-SEMANTICS 1: commands run in the order queued, a load included.
  it("1: a load queued before a write in the same batch reads what was there before the write", async () => {
    const { model } = setupWordHost({}, doc);
    const target = model.allControls().filter((c) => c.tag === "w@1")[0];
    const text = await Word.run(async (context) => {
      const cc = context.document.body.contentControls.getById(target.id);
      cc.load("text");
      cc.insertText("Replaced.", "Replace");
      await context.sync();
      return cc.text;
    });
    expect(text).toBe("One.\rTwo.");
  });
});

describe("placing wording in a response", () => {
  it("18: insertParagraph After a nested control lands in the control around it, right after it", async () => {
    const { model } = setupWordHost({}, doc);
    const target = model.allControls().filter((c) => c.tag === "w@1")[0];
    await Word.run(async (context) => {
      context.document.body.contentControls.getById(target.id).insertParagraph("Next.", "After");
      await context.sync();
    });
    expect(outline(model).slice(1, 7)).toEqual(["[resp]", "  Typed.", "  [w@1]", "    One.", "    Two.", "  Next."]);
  });

  // word.d.ts Paragraph.insertContentControl: "Wraps the Paragraph object with a content control."
  it("20: wrapping the only paragraph of a control makes a control inside it, the paragraph (and its style) kept", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "resp" }, children: [{ p: "", style: "Body Text" }] }] });
    await Word.run(async (context) => {
      const p = context.document.body.contentControls.getByTag("resp").getFirst().paragraphs.getFirst();
      p.insertText("Wording.", "Start");
      p.insertContentControl().tag = "w@1";
      await context.sync();
    });
    expect(outline(model)).toEqual(["[resp]", "  [w@1]", "    Wording."]);
    expect(model.paragraphs()[0].style).toBe("Body Text");
  });

  // WORD-SEMANTICS 36: delete(true) removes only the control's tags; the content stays (and so does the control around it).
  it("36/65: emptying and unwrapping a response's only block leaves the response with one empty paragraph", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "resp" }, children: [{ cc: { tag: "w@1", cannotDelete: true }, children: [{ p: "Wording.", style: "Body Text" }] }] }] });
    await Word.run(async (context) => {
      const cc = context.document.body.contentControls.getByTag("w@1").getFirst();
      cc.cannotDelete = false;
      cc.insertText("", "Replace");
      cc.delete(true);
      await context.sync();
    });
    expect(outline(model)).toEqual(["[resp]", "  "]);
    expect(model.paragraphs()[0].style).toBe("Body Text");
  });
});
