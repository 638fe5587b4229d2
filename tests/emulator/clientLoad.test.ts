/** WORD-SEMANTICS 4, 6, 7, 10, 11: more of Microsoft's client library, through the emulator. */
import { setupWordHost } from "../support/wordHost";
import { codeOf } from "../support/wordModelView";

const doc = { body: [{ cc: { tag: "a", title: "A" }, children: ["Alpha"] }, { cc: { tag: "b", title: "B" }, children: ["Beta"] }] };

describe("client library: set, load, contexts, tracking", () => {
  it("4: a value the add-in set reads back with no load, before any sync", async () => {
    const { model } = setupWordHost({}, doc);
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.tag = "renamed";
      expect(cc.tag).toBe("renamed");
      expect(model.allControls()[0].tag).toBe("a");
      await context.sync();
    });
    expect(model.allControls()[0].tag).toBe("renamed");
  });

  it("6: 'items/tag,items/text', arrays and object forms all load the items' properties", async () => {
    setupWordHost({}, doc);
    await Word.run(async (context) => {
      // A fresh collection proxy for each form (document.contentControls is one cached proxy).
      const fresh = () => context.document.body.getRange("Whole").contentControls;
      const a = fresh().load("items/tag,items/text");
      const b = fresh().load(["tag", "title"]);
      const c = fresh().load({ select: "tag", top: 1 });
      const none = fresh().load("$none");
      await context.sync();
      expect(a.items.map((x) => [x.tag, x.text])).toEqual([["a", "Alpha"], ["b", "Beta"]]);
      expect(b.items.map((x) => x.title)).toEqual(["A", "B"]);
      expect(c.items.map((x) => x.tag)).toEqual(["a"]);
      expect(none.items).toHaveLength(2);
      expect(() => none.items[0].tag).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("7: set() queues several properties; unknown or read-only names throw InvalidArgument at the call", async () => {
    const { model } = setupWordHost({}, doc);
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.set({ tag: "x", title: "X", cannotDelete: true });
      expect(() => cc.set({ nonsense: 1 } as unknown as Word.Interfaces.ContentControlUpdateData)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      await context.sync();
    });
    expect(model.allControls().map((c) => [c.tag, c.title, c.cannotDelete])).toEqual([["x", "X", true], ["b", "B", false]]);
  });

  it("10: using a proxy from one context in another raises InvalidRequestContext", async () => {
    setupWordHost({}, doc);
    const result = Word.run(async (a) => {
      const rangeA = a.document.contentControls.getFirst().getRange("Whole");
      await Word.run(async (b) => {
        b.document.contentControls.getFirst().getRange("Whole").expandTo(rangeA);
      });
    });
    expect(await codeOf(result)).toBe("InvalidRequestContext");
  });

  it("11: a tracked proxy stays usable after its run, in Word.run(obj, batch)", async () => {
    const { model } = setupWordHost({}, doc);
    let kept: Word.ContentControl | undefined;
    await Word.run(async (context) => {
      kept = context.document.contentControls.getFirst();
      kept.track();
      await context.sync();
    });
    await Word.run(kept!, async (context) => {
      kept!.insertText(" more", "End");
      kept!.untrack();
      await context.sync();
    });
    expect(model.paragraphs()[0].text).toBe("Alpha more");
  });
});
