/**
 * Word's paragraph events (WordApi 1.6) through Microsoft's library: registration in the add-in's
 * batch, delivery as RichApi messages to the handlers the library keeps.
 *
 * Sources (DOC): word.d.ts / learn.microsoft.com Word.Document.onParagraphAdded, onParagraphChanged,
 * onParagraphDeleted ("[ API set: WordApi 1.6 ]"); Word.ParagraphChangedEventArgs (`type`,
 * `source` "Local"/"Remote", `uniqueLocalIds`: "8-4-4-4-12 GUID format without curly braces");
 * the office-js-snippets sample word/25-paragraph/onchanged-event.yaml (add the handler, sync; remove
 * it in `Word.run(eventContext.context, …)`). Known gaps in real Word, which the host does not add
 * (it raises more events, never fewer): formatting-only changes on the web (office-js #6770) and
 * deletions under Track Changes on Mac (#3864) raise no ParagraphChanged.
 */
import { setupWordHost } from "../support/wordHost";

type Args = { type: string; source: string; uniqueLocalIds: string[] };
const settle = () => new Promise((r) => setTimeout(r, 10));

/** Adds one handler per paragraph event in one Word.run; returns what they saw and the remover. */
async function listen() {
  const seen: Args[] = [];
  const handler = async (args: Args) => {
    seen.push(args);
  };
  const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
  const document = await Word.run(async (context) => {
    results.push(context.document.onParagraphAdded.add(handler), context.document.onParagraphChanged.add(handler), context.document.onParagraphDeleted.add(handler));
    await context.sync();
    return context.document;
  });
  // Handlers are removed in the context that added them (Word.run on one of its objects).
  const stop = () =>
    Word.run(document, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    });
  return { seen, stop };
}

describe("paragraph events (WordApi 1.6)", () => {
  it("typing in a paragraph raises one ParagraphChanged naming it, as a Local event", async () => {
    const { host, model } = setupWordHost({ wordApi: "1.9" }, { body: ["Intro", { cc: { tag: "resp" }, children: ["Draft"] }] });
    const { seen, stop } = await listen();
    expect(host.events.isRegistered("ParagraphChanged")).toBe(true);
    const para = model.paragraphs()[1];
    model.setParagraphText(para.id, "Draft answer");
    await settle();
    const id = await Word.run(async (context) => {
      const p = context.document.body.paragraphs.load("items/uniqueLocalId");
      await context.sync();
      return p.items[1].uniqueLocalId;
    });
    expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(seen).toEqual([{ type: "ParagraphChanged", source: "Local", uniqueLocalIds: [id] }]);
    await stop();
    expect(host.events.isRegistered("ParagraphChanged")).toBe(false);
  });

  it("moving the cursor raises no paragraph event", async () => {
    const { model } = setupWordHost({ wordApi: "1.9" }, { body: ["One", "Two"] });
    const { seen, stop } = await listen();
    model.setCursor(model.paragraphs()[1].id, 2);
    await settle();
    expect(seen).toEqual([]);
    await stop();
  });

  it("Enter raises ParagraphAdded and ParagraphChanged; deleting raises ParagraphDeleted; an add-in's batch raises them too", async () => {
    const { model } = setupWordHost({ wordApi: "1.9" }, { body: ["One", "Two"] });
    const { seen, stop } = await listen();
    model.splitParagraph(model.paragraphs()[0].id, 1);
    await settle();
    expect(seen.map((e) => e.type)).toEqual(["ParagraphAdded", "ParagraphChanged"]);
    seen.length = 0;
    model.deleteParagraph(model.paragraphs()[2].id);
    await settle();
    expect(seen.map((e) => e.type)).toEqual(["ParagraphDeleted"]);
    seen.length = 0;
    await Word.run(async (context) => {
      context.document.body.insertParagraph("Three", "End");
      context.document.body.insertParagraph("Four", "End");
      await context.sync();
    });
    await settle();
    // One batch: one message, both paragraphs in it.
    expect(seen).toEqual([{ type: "ParagraphAdded", source: "Local", uniqueLocalIds: [expect.any(String), expect.any(String)] }]);
    await stop();
  });

  it("after the last handler is removed nothing is raised", async () => {
    const { host, model } = setupWordHost({ wordApi: "1.9" }, { body: ["One"] });
    const { seen, stop } = await listen();
    await stop();
    model.setParagraphText(model.paragraphs()[0].id, "Changed");
    await settle();
    expect(seen).toEqual([]);
    expect(host.events.raised).toEqual([]);
  });

  it("61: on a WordApi 1.5 host the events throw ApiNotFound at the call", async () => {
    setupWordHost({ wordApi: "1.5" }, { body: ["One"] });
    await expect(
      Word.run(async (context) => {
        context.document.onParagraphChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
