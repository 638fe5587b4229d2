/** WORD-SEMANTICS 17 (at most 50 batches at once) and 61 (which requirement set each member needs). */
import { setupWordHost } from "../support/wordHost";
import { bodyTexts } from "../support/wordModelView";

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

/** The enum's string values; the npm library has no Word.ChangeTrackingState object to take them from. */
const states = (...names: string[]) => names as unknown as Word.ChangeTrackingState[];

describe("limits and requirement sets", () => {
  it("17: syncs not awaited in a loop: past 50 batches in flight Word refuses the rest", async () => {
    // A round trip takes time in Word; with latency the batches pile up as they do there.
    const { model, host } = setupWordHost({ latencyMs: 20 }, { body: ["Start"] });
    const outcomes = await Word.run(async (context) => {
      const syncs: Array<Promise<void>> = [];
      for (let i = 0; i < 60; i++) {
        context.document.body.insertParagraph(`Recommendation ${i + 1}`, "End");
        syncs.push(context.sync());
        // Let the library send this batch before the next insert is queued.
        for (let k = 0; k < 5; k++) await tick();
      }
      return Promise.allSettled(syncs);
    });
    const refused = outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason.code);
    expect(refused).toEqual(Array(10).fill("GeneralException"));
    expect(bodyTexts(model)).toHaveLength(51);
    expect(host.counters.failedBatches).toBe(10);
  });

  it("17: awaited syncs never hit the limit", async () => {
    const { model } = setupWordHost({ latencyMs: 1 }, { body: ["Start"] });
    await Word.run(async (context) => {
      for (let i = 0; i < 60; i++) {
        context.document.body.insertParagraph(`Recommendation ${i + 1}`, "End");
        await context.sync();
      }
    });
    expect(bodyTexts(model)).toHaveLength(61);
  });

  type Call = (c: Word.RequestContext) => unknown;
  const cc = (c: Word.RequestContext) => c.document.contentControls;
  const cases: Array<[string, string, string, Call]> = [
    ["1.3", "1.2", "ContentControlCollection.getFirst", (c) => cc(c).getFirst()],
    ["1.3", "1.2", "ContentControlCollection.getByIdOrNullObject", (c) => cc(c).getByIdOrNullObject(1)],
    ["1.3", "1.2", "Paragraph.getNext", (c) => c.document.body.paragraphs.getFirst().getNext()],
    ["1.3", "1.2", "Body.getRange", (c) => c.document.body.getRange("Whole")],
    ["1.4", "1.3", "Document.customXmlParts", (c) => c.document.customXmlParts],
    ["1.4", "1.3", "Document.settings", (c) => c.document.settings],
    ["1.4", "1.3", "Document.changeTrackingMode", (c) => (c.document.changeTrackingMode = "TrackAll")],
    ["1.4", "1.3", "Body.getReviewedText", (c) => c.document.body.getReviewedText("Current")],
    ["1.5", "1.4", "ContentControlCollection.getByChangeTrackingStates", (c) => cc(c).getByChangeTrackingStates(states("Deleted"))],
    ["1.6", "1.5", "Body.getTrackedChanges", (c) => c.document.body.getTrackedChanges()],
  ];

  const doc = { body: [{ cc: { tag: "a" }, children: ["x"] }, "y"] };
  it.each(cases)("61: a WordApi %s member on a %s host throws ApiNotFound at the call (%s)", async (needed, host, _member, call) => {
    setupWordHost({ wordApi: host, platform: "PC" }, doc);
    await Word.run(async (context) => {
      expect(() => call(context)).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
    setupWordHost({ wordApi: needed, platform: "PC" }, doc);
    await Word.run(async (context) => {
      expect(() => call(context)).not.toThrow();
    });
  });
});
