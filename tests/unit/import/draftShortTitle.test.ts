import type { Inspection } from "../../../src/domain/catalog/types";
import { fromDraft, setShortTitle, setTitle, shortTitleFollows, shortTitleTwin, toDraft } from "../../../src/domain/import/draft";
import { makeShortTitle } from "../../../src/domain/import/meta";

// Written for these tests: not any published report.
const inspection = (over: Partial<Inspection> = {}): Inspection => ({
  id: "hmicfrs-westshire-stalking-2021",
  title: "Stalking in Westshire",
  shortTitle: "Stalking in Westshire",
  publishedOn: "2021-08-04",
  inspectorates: ["HMICFRS"],
  type: "inspection",
  portalId: null,
  complete: true,
  recommendations: [{ id: "r1", number: 1, portalId: null, text: "The force should assess every report of stalking.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [] }],
  ...over,
});

describe("Short title follows Title until the user edits it", () => {
  it("follows each change of Title, made the same way as on import", () => {
    let draft = toDraft(inspection());
    draft = setTitle(draft, "Stalking in Westshire (web test)");
    expect(draft.shortTitle).toBe("Stalking in Westshire (web test)");
    const long = "Stalking and harassment: how well Westshire Police protects victims, and what it should change";
    draft = setTitle(draft, long);
    expect(draft.shortTitle).toBe(makeShortTitle(long));
    expect(draft.shortTitle).not.toBe(long);
    expect(fromDraft(draft).inspection?.shortTitle).toBe(makeShortTitle(long));
  });

  it("stays the user's once they edit it, even when they clear it", () => {
    let draft = setShortTitle(toDraft(inspection()), "Westshire stalking");
    draft = setTitle(draft, "Stalking in Westshire (web test)");
    expect(draft.shortTitle).toBe("Westshire stalking");
    expect(shortTitleFollows(draft)).toBe(false);
    draft = setTitle(setShortTitle(draft, ""), "Another title");
    expect(draft.shortTitle).toBe("");
  });

  it("does not follow when a reopened inspection has a short title of its own", () => {
    const draft = setTitle(toDraft(inspection({ shortTitle: "Our stalking one" })), "Stalking in Westshire, revised");
    expect(draft.shortTitle).toBe("Our stalking one");
  });
});

describe("a short title another listed inspection already has", () => {
  const listed = [inspection({ id: "other", shortTitle: "Stalking in Westshire" }), inspection({ id: "mine", shortTitle: "Mine" })];

  it("is found whatever its case, but not on the inspection itself or the one being edited", () => {
    expect(shortTitleTwin(inspection({ shortTitle: "stalking in westshire " }), listed)?.id).toBe("other");
    expect(shortTitleTwin(inspection({ id: "other" }), listed)).toBeUndefined();
    expect(shortTitleTwin(inspection({ id: "renamed", shortTitle: "Mine" }), listed, "mine")).toBeUndefined();
    expect(shortTitleTwin(inspection({ shortTitle: "Stalking in Westshire (web test)" }), listed)).toBeUndefined();
  });
});
