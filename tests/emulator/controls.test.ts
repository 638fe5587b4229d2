/** WORD-SEMANTICS sections 3–7 (content controls, search, XML parts, settings, errors, sets). */
import { setupWordHost } from "../support/wordHost";
import { bodyTexts, codeOf, outline } from "../support/wordModelView";

const nested = {
  body: [
    { cc: { tag: "sec", title: "Section" }, children: ["Heading", { cc: { tag: "resp", placeholderText: "Type the response" }, children: [""] }] },
    { cc: { tag: "Sec" }, children: ["Other case"] },
  ],
};

describe("content controls, search, parts, settings", () => {
  it("29: setting cannotDelete and removeWhenEdited together fails at sync with InvalidArgument", async () => {
    setupWordHost({}, nested);
    const result = Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.cannotDelete = true;
      cc.removeWhenEdited = true;
      await context.sync();
    });
    expect(await codeOf(result)).toBe("InvalidArgument");
  });

  it("30: an API edit inside a cannotEdit control is rejected with GeneralException; clear-edit-restore works", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "locked", cannotEdit: true }, children: ["Fixed"] }] });
    const direct = Word.run(async (context) => {
      context.document.contentControls.getFirst().insertText(" more", "End");
      await context.sync();
    });
    expect(await codeOf(direct)).toBe("GeneralException");
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.cannotEdit = false;
      cc.insertText(" more", "End");
      cc.cannotEdit = true;
      await context.sync();
    });
    expect(bodyTexts(model)).toEqual(["Fixed more"]);
  });

  it("32: getByTag finds nested controls in document order, exactly and case-sensitively", async () => {
    setupWordHost({}, nested);
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      const sec = context.document.contentControls.getByTag("sec").load("items/tag");
      const none = context.document.contentControls.getByTag("missing").getFirstOrNullObject();
      await context.sync();
      expect(all.items.map((c) => c.tag)).toEqual(["sec", "resp", "Sec"]);
      expect(sec.items.map((c) => c.tag)).toEqual(["sec"]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("34: contentControls lists rich-text controls only", async () => {
    setupWordHost({}, { body: [{ cc: { tag: "plain", type: "PlainText" }, children: ["p"] }, { cc: { tag: "rich" }, children: ["r"] }] });
    await Word.run(async (context) => {
      const all = context.document.contentControls.load("items/tag");
      await context.sync();
      expect(all.items.map((c) => c.tag)).toEqual(["rich"]);
    });
  });

  it("36: delete(false) removes nested controls with the content; delete(true) keeps them", async () => {
    const { model } = setupWordHost({}, nested);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("sec").getFirst().delete(true);
      await context.sync();
    });
    expect(outline(model)).toEqual(["Heading", "[resp]", "  ", "[Sec]", "  Other case"]);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("Sec").getFirst().delete(false);
      await context.sync();
    });
    expect(model.allControls().map((c) => c.tag)).toEqual(["resp"]);
  });

  it("37: deleting the only paragraph of a control removes the control too (issue 4975)", async () => {
    const { model } = setupWordHost({}, { body: ["Keep", { cc: { tag: "one" }, children: ["Only"] }] });
    await Word.run(async (context) => {
      context.document.contentControls.getFirst().paragraphs.getFirst().delete();
      await context.sync();
    });
    expect(model.allControls()).toHaveLength(0);
    expect(bodyTexts(model)).toEqual(["Keep"]);
  });

  it("38: clear() keeps the control and its tag; its text then reads as the placeholder", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "resp", placeholderText: "Type here" }, children: ["Draft"] }] });
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getFirst();
      cc.clear();
      cc.load("text,tag");
      await context.sync();
      expect([cc.tag, cc.text]).toEqual(["resp", "Type here"]);
    });
    expect(model.allControls()).toHaveLength(1);
  });

  it("39: select moves the one selection; getSelection then returns that range", async () => {
    setupWordHost({}, nested);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("Sec").getFirst().select();
      const sel = context.document.getSelection();
      const parent = sel.parentContentControlOrNullObject.load("tag");
      sel.load("text");
      await context.sync();
      expect([sel.text, parent.tag]).toEqual(["Other case", "Sec"]);
    });
  });

  it("39: deleting the control the cursor is in moves the cursor to where the control was; getSelection still works", async () => {
    const { model } = setupWordHost({}, { body: ["Before", { cc: { tag: "gone" }, children: ["Inside"] }, "After"], selection: { paragraphText: "Inside", offset: 2 } });
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("gone").getFirst().delete(false);
      await context.sync();
    });
    await Word.run(async (context) => {
      const sel = context.document.getSelection().paragraphs.getFirst().load("text");
      await context.sync();
      expect(sel.text).toBe("After");
    });
    expect(model.selection).toMatchObject({ kind: "text", start: 0, end: 0 });
  });

  it("41/42: search is case-insensitive by default and rejects over 255 characters at sync", async () => {
    setupWordHost({}, { body: ["Recommendation 1 is answered", "recommendation 2"] });
    await Word.run(async (context) => {
      const hits = context.document.body.search("RECOMMENDATION").load("items/text");
      await context.sync();
      expect(hits.items.map((h) => h.text)).toEqual(["Recommendation", "recommendation"]);
    });
    const tooLong = Word.run(async (context) => {
      context.document.body.search("x".repeat(256)).load("items");
      await context.sync();
    });
    expect(await codeOf(tooLong)).toBe("SearchStringInvalidOrTooLong");
  });

  it("46/47/49: parts get a GUID, namespace only from xmlns, getByNamespace('') fails, foreign parts stay listed", async () => {
    setupWordHost({}, { customXmlParts: ["<b:Sources xmlns:b='http://schemas.openxmlformats.org/officeDocument/2006/bibliography' xmlns='http://schemas.openxmlformats.org/officeDocument/2006/bibliography'/>"] });
    await Word.run(async (context) => {
      const parts = context.document.customXmlParts;
      const ours = parts.add("<inspection xmlns='urn:inspection-response-drafter:v1'><id>x</id></inspection>");
      ours.load("id,namespaceUri");
      const bare = parts.add("<bare/>").load("namespaceUri");
      const all = parts.load("items/namespaceUri");
      const only = parts.getByNamespace("urn:inspection-response-drafter:v1").getOnlyItem().load("id");
      await context.sync();
      expect(ours.id).toMatch(/^\{[0-9A-F-]{36}\}$/);
      expect([ours.namespaceUri, bare.namespaceUri, only.id]).toEqual(["urn:inspection-response-drafter:v1", "", ours.id]);
      expect(all.items).toHaveLength(3);
    });
    const empty = Word.run(async (context) => {
      context.document.customXmlParts.getByNamespace("").load("items");
      await context.sync();
    });
    expect(await codeOf(empty)).toBe("InvalidArgument");
  });

  it("50: Word settings: add overwrites, keys are case-sensitive, getItem of a missing key fails at sync", async () => {
    const { model } = setupWordHost();
    await Word.run(async (context) => {
      const s = context.document.settings;
      s.add("inspection", { id: "a" });
      s.add("inspection", { id: "b" });
      const got = s.getItem("inspection").load("value");
      const other = s.getItemOrNullObject("Inspection");
      await context.sync();
      expect([got.value, other.isNullObject]).toEqual([{ id: "b" }, true]);
    });
    expect(model.wordSettings.size).toBe(1);
    const missing = Word.run(async (context) => {
      context.document.settings.getItem("nope").load("value");
      await context.sync();
    });
    expect(await codeOf(missing)).toBe("ItemNotFound");
  });

  it("51/52: Office settings live in memory until saveAsync, apart from Word settings; a failed save says so", async () => {
    const { model, host } = setupWordHost();
    Office.context.document.settings.set("k", 1);
    expect(model.officeSettings).toEqual({});
    await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
    expect([model.officeSettings, model.wordSettings.size]).toEqual([{ k: 1 }, 0]);
    host.configure({ failSettingsSave: true });
    const status = await new Promise((resolve) => Office.context.document.settings.saveAsync((r) => resolve([r.status, r.error?.code])));
    expect(status).toEqual(["failed", 4001]);
  });

  it("56: in read-only mode every write fails at sync with GeneralException; reads still work", async () => {
    const { model } = setupWordHost({ readOnly: true }, { body: ["Text"] });
    const write = Word.run(async (context) => {
      context.document.body.insertParagraph("x", "End");
      await context.sync();
    });
    expect(await codeOf(write)).toBe("GeneralException");
    await Word.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      expect(body.text).toBe("Text");
    });
    expect(bodyTexts(model)).toEqual(["Text"]);
  });

  it("59/60: a WordApi 1.3 host says no to 1.4, and the library throws ApiNotFound at the call", async () => {
    setupWordHost({ wordApi: "1.3" });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    await Word.run(async (context) => {
      expect(() => context.document.customXmlParts).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    setupWordHost({ wordApi: "1.2" });
    await Word.run(async (context) => {
      expect(() => context.document.contentControls.getFirst()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });

  it("59: minor versions compare numerically ('1.10' is above '1.9')", () => {
    setupWordHost({ wordApi: "1.10" });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.9")).toBe(true);
    setupWordHost({ wordApi: "1.9" });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.10")).toBe(false);
  });

  it("62: Office.onReady resolves with the Word host", async () => {
    setupWordHost({ platform: "PC" });
    await expect(Office.onReady()).resolves.toEqual({ host: "Word", platform: "PC" });
  });
});
