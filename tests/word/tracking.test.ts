/** Inserting and taking back out with Track Changes on (WORD-SEMANTICS 53, 55). */
import { sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { failureOf, setupWordHost } from "../support/wordHost";
import type { WordHost } from "../../src/preview/emulator";
import { outline } from "./outline";
import { inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const id = three.id;
const spec = { body: ["Dear Home Secretary,", ""] };

const atLeast = (host: WordHost, version: string) => Number(host.options.wordApi.split(".")[1]) >= Number(version.split(".")[1]);

function trackingOn(model: ReturnType<typeof setupWordHost>["model"]) {
  model.changeTrackingMode = "TrackAll";
}

describe("inserting with Track Changes on", () => {
  it("builds the same sections as with tracking off, verified, and Word records them as insertions", async () => {
    const plain = setupWordHost({}, spec);
    await createOfficeWordPort().insertPlan(planFor(three), "end");
    const expected = outline(plain.model);

    const { model } = setupWordHost({}, spec);
    trackingOn(model);
    const outcome = await createOfficeWordPort().insertPlan(planFor(three), "end");
    expect(outcome).toMatchObject({ verified: true, problems: [], inserted: three.recommendations.map((r) => sectionTag(id, r.id)) });
    expect(outline(model)).toEqual(expected);
    expect(model.trackedChanges.some((c) => c.type === "Added")).toBe(true);
  });

  it("inserts missing sections with tracking on", async () => {
    const { model } = setupWordHost({}, spec);
    const port = createOfficeWordPort();
    await port.insertPlan({ inspectionId: id, nodes: planFor(three, { blocks: false }).nodes.slice(0, 1) }, "end");
    trackingOn(model);
    const outcome = await port.insertMissing(planFor(three, { blocks: false }));
    expect(outcome).toMatchObject({ verified: true, inserted: [sectionTag(id, "r2"), sectionTag(id, "r3")] });
  });

  it("'Remove what was just inserted' takes the sections out from WordApi 1.4, and leaves tracking on; older Word says they are only marked deleted", async () => {
    const { model, host } = setupWordHost({}, spec);
    const before = outline(model);
    trackingOn(model);
    const port = createOfficeWordPort();
    const outcome = await port.insertPlan(planFor(three), "end");
    const removal = await port.removeInserted(outcome.receipt!);
    expect(model.changeTrackingMode).toBe("TrackAll");
    if (atLeast(host, "1.4")) {
      expect(removal).toEqual({ removed: 5, tracked: 0 });
      expect(outline(model)).toEqual(before);
    } else {
      // Word 2016/2019 cannot turn tracking off: the blocks stay as tracked deletions, and the outcome says so.
      expect(removal).toEqual({ removed: 5, tracked: 5 });
    }
  });

  it("a failed insert with tracking on is cleaned up, and tracking stays on", async () => {
    const { model, host } = setupWordHost({}, spec);
    const before = outline(model);
    trackingOn(model);
    const port = createOfficeWordPort();
    // The write batch of an insert at the end: the first round trip reads, the second writes.
    host.injectFailure({ batch: 1, action: 40, code: "GeneralException" });
    const { text } = await failureOf(port.insertPlan(planFor(three), "end"));
    expect(model.changeTrackingMode).toBe("TrackAll");
    if (atLeast(host, "1.4")) {
      expect(outline(model)).toEqual(before);
      expect(text).toMatch(/Nothing was added/);
    } else {
      expect(text).toMatch(/Track Changes is on/);
    }
  });
});
