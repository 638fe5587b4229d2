/** WORD-SEMANTICS 53–55: change tracking turns the add-in's edits into tracked changes. */
import { setupWordHost } from "../support/wordHost";
import { codeOf } from "../support/wordModelView";

const doc = { body: ["Intro", { cc: { tag: "resp" }, children: ["Action will be taken."] }] };

async function turnTrackingOn(): Promise<string> {
  return Word.run(async (context) => {
    context.document.changeTrackingMode = "TrackAll";
    await context.sync();
    const d = context.document.load("changeTrackingMode");
    await context.sync();
    return d.changeTrackingMode;
  });
}

/** The enum's string values; the npm library has no Word.ChangeTrackingState object to take them from. */
const states = (...names: string[]) => names as unknown as Word.ChangeTrackingState[];

describe("change tracking", () => {
  it("53: with tracking on, insertText Replace gives a Deleted and an Added change", async () => {
    setupWordHost({}, doc);
    expect(await turnTrackingOn()).toBe("TrackAll");
    await Word.run(async (context) => {
      const cc = context.document.contentControls.getByTag("resp").getFirst();
      cc.paragraphs.getFirst().insertText("Action has been taken.", "Replace");
      context.document.body.insertParagraph("Added at the end", "End");
      const changes = context.document.body.getTrackedChanges().load("items/type,items/text,items/author");
      await context.sync();
      expect(changes.items.map((c) => [c.type, c.text])).toEqual([
        ["Deleted", "Action will be taken."],
        ["Added", "Action has been taken."],
        ["Added", "Added at the end"],
      ]);
      expect(changes.items[0].author).toBe("Emulator User");
    });
  });

  it("54: text reads keep deleted text until accepted; getReviewedText gives Current and Original", async () => {
    setupWordHost({}, doc);
    await turnTrackingOn();
    await Word.run(async (context) => {
      const para = context.document.contentControls.getByTag("resp").getFirst().paragraphs.getFirst();
      para.insertText("Action has been taken.", "Replace");
      const text = para.load("text");
      const body = context.document.body.load("text");
      const current = context.document.body.getReviewedText("Current");
      const original = context.document.body.getReviewedText("Original");
      await context.sync();
      expect(text.text).toBe("Action will be taken.Action has been taken.");
      expect(body.text).toBe("Intro\rAction will be taken.Action has been taken.");
      expect([current.value, original.value]).toEqual(["Intro\rAction has been taken.", "Intro\rAction will be taken."]);
      context.document.body.getTrackedChanges().acceptAll();
      const accepted = context.document.body.paragraphs.getLast().load("text");
      const left = context.document.body.getTrackedChanges().load("items");
      await context.sync();
      expect([accepted.text, left.items.length]).toEqual(["Action has been taken.", 0]);
    });
  });

  it("54: replacing text twice under tracking: Current shows the latest text once, Original the first", async () => {
    // Text already deleted under tracking cannot be deleted again: the second Replace's deletion
    // covers it too, and Current must still hide each character once (not cut into the new text).
    setupWordHost({}, doc);
    await turnTrackingOn();
    await Word.run(async (context) => {
      const para = context.document.contentControls.getByTag("resp").getFirst().paragraphs.getFirst();
      para.insertText("Under way.", "Replace");
      await context.sync();
      para.insertText("Done.", "Replace");
      const current = para.getReviewedText("Current");
      const original = para.getReviewedText("Original");
      await context.sync();
      expect([current.value, original.value]).toEqual(["Done.", "Action will be taken."]);
    });
  });

  it("54: a paragraph deleted under tracking stays readable until the deletion is accepted", async () => {
    setupWordHost({}, { body: ["Keep", "Remove me"] });
    await turnTrackingOn();
    await Word.run(async (context) => {
      context.document.body.paragraphs.getLast().delete();
      const body = context.document.body.load("text");
      await context.sync();
      expect(body.text).toBe("Keep\rRemove me");
      context.document.body.getTrackedChanges().getFirst().accept();
      const after = context.document.body.load("text");
      await context.sync();
      expect(after.text).toBe("Keep");
    });
  });

  it("55: a control deleted under tracking is still found by getByTag, as a Deleted control", async () => {
    const { model } = setupWordHost({}, doc);
    await turnTrackingOn();
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("resp").getFirst().delete(false);
      await context.sync();
      const found = context.document.contentControls.getByTag("resp").load("items/tag");
      const deleted = context.document.contentControls.getByChangeTrackingStates(states("Deleted")).load("items/tag");
      const normal = context.document.contentControls.getByChangeTrackingStates(states("Normal")).load("items/tag");
      await context.sync();
      expect([found.items.length, deleted.items.map((c) => c.tag), normal.items.length]).toEqual([1, ["resp"], 0]);
      context.document.body.getTrackedChanges().acceptAll();
      await context.sync();
    });
    expect(model.allControls()).toHaveLength(0);
  });

  it("55: under tracking a cannotEdit control can't be deleted", async () => {
    const { model } = setupWordHost({}, { body: [{ cc: { tag: "locked", cannotEdit: true }, children: ["Fixed"] }] });
    await turnTrackingOn();
    const result = Word.run(async (context) => {
      context.document.contentControls.getByTag("locked").getFirst().delete(true);
      await context.sync();
    });
    expect(await codeOf(result)).toBe("GeneralException");
    expect(model.allControls().map((c) => [c.tag, c.changeTrackingState])).toEqual([["locked", undefined]]);
  });

  // Source: WORD-SEMANTICS lines 53–55: https://github.com/OfficeDev/office-js/issues/1299 (by
  // design), https://github.com/OfficeDev/office-js/issues/1267; word.d.ts Body.getReviewedText,
  // ContentControlCollection.getByChangeTrackingStates. DOC + MS.
  it("71: a section deleted under tracking is still found and read; reviewed Current text and the Deleted state tell", async () => {
    setupWordHost({}, {
      body: ["Intro", { cc: { tag: "sec" }, children: ["Heading", { cc: { tag: "resp" }, children: ["Answer"] }] }, { cc: { tag: "kept" }, children: ["Kept"] }],
    });
    await turnTrackingOn();
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("sec").getFirst().delete(false);
      await context.sync();
      const found = context.document.contentControls.getByTag("sec").load("items/tag,items/text");
      const body = context.document.body.load("text");
      const current = context.document.body.getReviewedText("Current");
      const deleted = context.document.contentControls.getByChangeTrackingStates(states("Deleted")).load("items/tag");
      const normal = context.document.contentControls.getByChangeTrackingStates(states("Normal")).load("items/tag");
      await context.sync();
      // What a naive count sees: the deleted section, its text included.
      expect(found.items.map((c) => [c.tag, c.text])).toEqual([["sec", "Heading\rAnswer"]]);
      expect(body.text).toBe("Intro\rHeading\rAnswer\rKept");
      // What an answer count must read: the Current text, and the controls not Deleted.
      expect(current.value).toBe("Intro\rKept");
      expect(deleted.items.map((c) => c.tag)).toEqual(["sec", "resp"]);
      expect(normal.items.map((c) => c.tag)).toEqual(["kept"]);
    });
  });

  it("53: with tracking off, edits are plain and leave no tracked changes", async () => {
    const { model } = setupWordHost({}, doc);
    await Word.run(async (context) => {
      context.document.contentControls.getByTag("resp").getFirst().paragraphs.getFirst().insertText("Done.", "Replace");
      const changes = context.document.body.getTrackedChanges().load("items");
      await context.sync();
      expect(changes.items).toHaveLength(0);
    });
    expect(model.paragraphs().map((p) => p.text)).toEqual(["Intro", "Done."]);
  });
});
