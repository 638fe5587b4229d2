/** WORD-SEMANTICS 28, 31, 33, 35, 40: what a content control is, where it is found, what it holds. */
import { setupWordHost } from "../support/wordHost";
import { bodyTexts, codeOf, outline } from "../support/wordModelView";

/* Deliberately wrong values: the typings reject them, the runtime sends them. */
const loose = <T>(v: unknown) => v as T;

describe("content control properties, scope and contents", () => {
  it("28: properties read back as set; appearance 'None' fails at sync; id, text and type are read-only", async () => {
    // Windows: on Word on the web setting placeholderText fails with NotAllowed (66, tested in webLimits).
    setupWordHost({ platform: "PC" }, { body: ["Draft"] });
    await Word.run(async (context) => {
      const cc = context.document.body.paragraphs.getFirst().insertContentControl();
      cc.set({ tag: "ird:block:intro", title: "Introduction", appearance: "Tags", color: "#1F4E79", placeholderText: "Write the introduction" });
      // Read-only members are refused at the call by set(), before anything is queued.
      expect(() => cc.set(loose<Word.Interfaces.ContentControlUpdateData>({ text: "x" }))).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => cc.set(loose<Word.Interfaces.ContentControlUpdateData>({ id: 7 }))).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      cc.load("id,tag,title,appearance,color,placeholderText,text,type,subtype");
      await context.sync();
      expect([cc.tag, cc.title, cc.appearance, cc.color, cc.placeholderText]).toEqual(["ird:block:intro", "Introduction", "Tags", "#1F4E79", "Write the introduction"]);
      expect(Number.isInteger(cc.id)).toBe(true);
      expect([cc.text, cc.type, cc.subtype]).toEqual(["Draft", "RichText", "RichTextParagraphs"]);
    });
    const none = Word.run(async (context) => {
      context.document.contentControls.getFirst().appearance = loose<Word.ContentControlAppearance>("None");
      await context.sync();
    });
    expect(await codeOf(none)).toBe("InvalidArgument");
  });

  it("31: a title longer than the 64 characters Word shows is stored in full", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "t" }, children: ["x"] }] });
    const long = "Recommendation 12: the force should improve how it records and reviews crime data";
    expect(long.length).toBeGreaterThan(64);
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.title = long;
      await context.sync();
      const again = context.document.contentControls.getFirst().load("title");
      await context.sync();
      expect(again.title).toBe(long);
    });
    expect(model.allControls()[0].title).toBe(long);
  });

  it("33: document.contentControls includes header and footer controls; body, paragraph and control scopes do not", async () => {
    setupWordHost({}, {
      header: [{ cc: { tag: "head" }, children: ["OPCC"] }],
      footer: [{ cc: { tag: "foot" }, children: ["Page"] }],
      body: [{ cc: { tag: "outer" }, children: ["Heading", { cc: { tag: "inner" }, children: ["Text"] }] }, { cc: { tag: "other" }, children: ["More"] }],
    });
    await Word.run(async (context) => {
      const doc = context.document.contentControls.load("items/tag");
      const body = context.document.body.contentControls.load("items/tag");
      const outer = context.document.contentControls.getByTag("outer").getFirst().contentControls.load("items/tag");
      const para = context.document.body.paragraphs.getFirst().contentControls.load("items/tag");
      const header = context.document.sections.getFirst().getHeader("Primary").contentControls.load("items/tag");
      await context.sync();
      expect(doc.items.map((c) => c.tag).sort()).toEqual(["foot", "head", "inner", "other", "outer"]);
      expect(body.items.map((c) => c.tag)).toEqual(["outer", "inner", "other"]);
      expect(outer.items.map((c) => c.tag)).toEqual(["inner"]);
      expect(para.items).toEqual([]);
      expect(header.items.map((c) => c.tag)).toEqual(["head"]);
    });
  });

  it("35: getById and getItem of a missing id fail at sync with ItemNotFound; getByIdOrNullObject gives a null object", async () => {
    setupWordHost({}, { body: [{ cc: { tag: "a" }, children: ["A"] }] });
    let id = 0;
    await Word.run(async (context) => {
      const first = context.document.contentControls.getFirst().load("id");
      await context.sync();
      id = first.id;
      const byId = context.document.contentControls.getById(id).load("tag");
      const byItem = context.document.contentControls.getItem(id).load("tag");
      const missing = context.document.contentControls.getByIdOrNullObject(id + 100);
      await context.sync();
      expect([byId.tag, byItem.tag, missing.isNullObject]).toEqual(["a", "a", true]);
    });
    for (const get of [(c: Word.ContentControlCollection) => c.getById(id + 100), (c: Word.ContentControlCollection) => c.getItem(id + 100)]) {
      const result = Word.run(async (context) => {
        get(context.document.contentControls).load("tag");
        await context.sync();
      });
      expect(await codeOf(result)).toBe("ItemNotFound");
    }
  });

  it("40: cc.paragraphs includes table paragraphs from WordApi 1.3, not before; cc.text is its text", async () => {
    const doc = { body: [{ cc: { tag: "sec" }, children: ["Heading", { table: [["Rec", "Status"]] }, "After"] }] };
    setupWordHost({}, doc);
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst().load("text");
      const paras = cc.paragraphs.load("items/text");
      await context.sync();
      expect(paras.items.map((p) => p.text)).toEqual(["Heading", "Rec", "Status", "After"]);
      expect(cc.text).toBe("Heading\rRec\rStatus\rAfter");
    });
    setupWordHost({ wordApi: "1.2" }, doc);
    await Word.run(async (context) => {
      // getFirst is 1.3 too: reach the control through a loaded collection, as a 1.2 add-in must.
      const ccs = context.document.contentControls.getByTag("sec").load("items");
      await context.sync();
      const paras = ccs.items[0].paragraphs.load("items/text");
      await context.sync();
      expect(paras.items.map((p) => p.text)).toEqual(["Heading", "After"]);
    });
  });

  it("40: getRange Start/End are inside the control, Before/After outside, and all four are empty", async () => {
    setupWordHost({}, { body: [{ cc: { tag: "outer" }, children: [{ cc: { tag: "resp" }, children: ["Answer"] }] }] });
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("resp").getFirst();
      const parts = (["Start", "End", "Before", "After"] as const).map((loc) => {
        const r = cc.getRange(loc).load("isEmpty");
        return { r, parent: r.parentContentControlOrNullObject.load("tag") };
      });
      await context.sync();
      expect(parts.map((p) => [p.r.isEmpty, p.parent.tag])).toEqual([
        [true, "resp"],
        [true, "resp"],
        [true, "outer"],
        [true, "outer"],
      ]);
    });
  });

  it("40: deleting getRange('Whole') removes the control with its paragraph mark; 'Content' empties it", async () => {
    const { model } = setupWordHost({}, { body: ["Intro", { cc: { tag: "a" }, children: ["First"] }, { cc: { tag: "b" }, children: ["Second"] }, "End"] });
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("a").getFirst().getRange("Whole").delete();
      context.document.contentControls.getByTag("b").getFirst().getRange("Content").delete();
      await context.sync();
    });
    expect(outline(model)).toEqual(["Intro", "[b]", "  ", "End"]);
    expect(bodyTexts(model)).toEqual(["Intro", "", "End"]);
  });
});
