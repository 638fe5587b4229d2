/** WORD-SEMANTICS section 1: Microsoft's client library behaves as in Word, through the emulator. */
import { setupWordHost } from "../support/wordHost";

const codeOf = async (p: Promise<unknown>) => p.then(() => "resolved", (e: OfficeExtension.Error) => e.code);

describe("client side through the emulator", () => {
  it("1: queued work reaches the document only at sync", async () => {
    const { model } = setupWordHost({}, { body: ["First"] });
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Queued", "End");
      expect(model.paragraphs().map((p) => p.text)).toEqual(["First"]);
      await context.sync();
      expect(model.paragraphs().map((p) => p.text)).toEqual(["First", "Queued"]);
    });
  });

  it("2: reading an unloaded property throws PropertyNotLoaded at the read", async () => {
    setupWordHost({}, { body: ["First"] });
    await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load("text");
      await context.sync();
      expect(p.text).toBe("First");
      expect(() => p.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("3: items is a snapshot of the last sync", async () => {
    setupWordHost({}, { body: [{ cc: { tag: "a" }, children: ["A"] }] });
    await Word.run(async (context) => {
      const ccs = context.document.contentControls;
      expect(() => ccs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ccs.load("items/tag");
      await context.sync();
      context.document.body.insertParagraph("B", "End").insertContentControl().tag = "b";
      await context.sync();
      expect(ccs.items.map((c) => c.tag)).toEqual(["a"]);
      const fresh = context.document.contentControls.load("items/tag");
      await context.sync();
      expect(fresh.items.map((c) => c.tag)).toEqual(["a", "b"]);
    });
  });

  it("5: ClientResult.value before sync throws ValueNotLoaded; sync fills it", async () => {
    setupWordHost({}, { body: [{ cc: { tag: "a" }, children: ["A"] }] });
    await Word.run(async (context) => {
      const part = context.document.customXmlParts.add("<r xmlns='urn:x'/>");
      const xml = part.getXml();
      expect(() => xml.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(xml.value).toBe("<r xmlns='urn:x'/>");
    });
  });

  it("8: a batch that returns no promise fails with RunMustReturnPromise", async () => {
    setupWordHost();
    // Deliberately wrong batch: the typings forbid it, the runtime rejects it.
    const bad = Word.run(((() => undefined) as unknown) as (c: Word.RequestContext) => Promise<void>);
    expect(await codeOf(bad)).toBe("RunMustReturnPromise");
  });

  it("9: a proxy kept from a finished run throws InvalidObjectPath when reused", async () => {
    setupWordHost({}, { body: ["First"] });
    let kept: Word.Paragraph | undefined;
    await Word.run(async (context) => {
      // A proxy an insert returned: its path is not restorable, so the library invalidates it.
      kept = context.document.body.insertParagraph("Second", "End");
      kept.load("text");
      await context.sync();
    });
    expect(kept!.text).toBe("Second");
    await Word.run(async () => {
      expect(() => kept!.insertText("x", "End")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
    });
  });

  it("12: *OrNullObject gives a null object after sync, never JavaScript null", async () => {
    setupWordHost({}, { body: ["No controls"] });
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirstOrNullObject();
      expect(() => cc.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(cc.isNullObject).toBe(true);
      expect(cc.tag).toBeUndefined();
    });
  });

  it("13: a throwing accessor fails at sync with ItemNotFound, not at the call", async () => {
    setupWordHost({}, { body: ["No controls"] });
    const result = Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.load("tag");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("ItemNotFound");
  });

  it("14/15: a rejected sync is an OfficeExtension.Error named RichApi.Error with a location", async () => {
    setupWordHost({}, { body: ["x"] });
    let caught: unknown;
    await Word.run(async (context) => {
      context.document.contentControls.getById(42).load("tag");
      await context.sync();
    }).catch((e: unknown) => (caught = e));
    expect(caught).toBeInstanceOf(OfficeExtension.Error);
    const e = caught as OfficeExtension.Error;
    expect(e.name).toBe("RichApi.Error");
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo.errorLocation).toBe("ContentControlCollection.getById");
  });

  it("16: a failing batch keeps the work queued before the failure and skips the rest", async () => {
    const { model } = setupWordHost({}, { body: ["First"] });
    const result = Word.run(async (context) => {
      context.document.body.insertParagraph("Before the error", "End");
      context.document.contentControls.getFirst().insertParagraph("never", "After");
      context.document.body.insertParagraph("After the error", "End");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("ItemNotFound");
    expect(model.paragraphs().map((p) => p.text)).toEqual(["First", "Before the error"]);
  });

  it("counts one sync per context.sync, plus Word.run's clean-up round trip", async () => {
    const { host } = setupWordHost({}, { body: ["First"] });
    await Word.run(async (context) => {
      for (let i = 0; i < 20; i++) context.document.body.insertParagraph(`p${i}`, "End");
      await context.sync();
      const paras = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(paras.items).toHaveLength(21);
    });
    expect(host.counters.syncs).toBe(2);
    expect(host.counters.roundTrips).toBe(3);
    expect(host.referenceCount).toBe(0);
  });
});
