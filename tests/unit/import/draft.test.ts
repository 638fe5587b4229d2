/** The check-before-saving draft: edits a user makes to what an import read, and back to a valid inspection. */
import type { Inspection } from "../../../src/domain/catalog";
import { readInspectionJson } from "../../../src/domain/catalog/importJson";
import { fromDraft, mergeWithNext, moveItem, renumber, splitItem, toDraft, updateItem } from "../../../src/domain/import/draft";

const inspection: Inspection = {
  id: "hmicfrs-test-2024",
  title: "A test inspection",
  shortTitle: "A test inspection",
  publishedOn: "2024-03-01",
  inspectorates: ["HMICFRS"],
  type: "inspection",
  portalId: null,
  complete: true,
  recommendations: [
    { id: "rec-1", number: 1, portalId: "12345", text: "Forces should do one thing. Forces should do another.", addressees: ["forces"], localResponseExpected: true, due: "By March 2025", parts: [] },
    { id: "c1", kind: "cause-of-concern", number: 1, portalId: null, text: "The force does not assess risk.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [{ id: "c1.1", text: "assess risk;" }] },
  ],
  areasForImprovement: [{ id: "a1", kind: "area-for-improvement", number: 1, portalId: null, text: "The force should improve its call handling.", addressees: [], localResponseExpected: true, due: null, parts: [] }],
};

describe("an inspection draft", () => {
  it("gives back the same inspection when nothing was edited, keeping a catalog's own ids", () => {
    expect(fromDraft(toDraft(inspection)).inspection).toEqual(inspection);
  });

  it("splits an item at the cursor into two, the second numbered next, and merges them back", () => {
    const draft = toDraft(inspection);
    const at = draft.items[0].text.indexOf("Forces should do another");
    const split = splitItem(draft, draft.items[0].key, at);
    expect(split.items.map((i) => [i.kind, i.number, i.text])).toEqual([
      ["recommendation", "1", "Forces should do one thing."],
      ["recommendation", "2", "Forces should do another."],
      ["cause-of-concern", "1", "The force does not assess risk."],
      ["area-for-improvement", "1", "The force should improve its call handling."],
    ]);
    const saved = fromDraft(split).inspection!;
    expect(saved.recommendations.map((r) => r.id)).toEqual(["rec-1", "r2", "c1"]);
    const merged = mergeWithNext(split, split.items[0].key);
    expect(merged.items[0].text).toBe("Forces should do one thing. Forces should do another.");
  });

  it("moves an area for improvement into its own list when its kind changes, with ids from kind and number", () => {
    const draft = toDraft(inspection);
    const changed = renumber(updateItem(draft, draft.items[0].key, { kind: "area-for-improvement" }));
    const saved = fromDraft(moveItem(changed, changed.items[0].key, 1)).inspection!;
    expect(saved.recommendations.map((r) => r.id)).toEqual(["c1"]);
    expect(saved.areasForImprovement!.map((r) => [r.id, r.number])).toEqual([["a1", 1], ["a2", 2]]);
  });

  it("names every problem that stops saving", () => {
    const draft = toDraft(inspection);
    const bad = updateItem({ ...draft, id: "has a space", publishedOn: "2024-02-30", title: " " }, draft.items[1].key, { kind: "recommendation" });
    expect(fromDraft(bad).problems!.map((p) => p.message)).toEqual([
      "Give the inspection a title.",
      "Use only letters, digits, hyphens, dots and underscores in the id (no spaces or colons).",
      "Give the publication date as a real date (YYYY-MM-DD).",
      "Recommendation 1 appears twice: change the number of one of them (or choose Number in order).",
    ]);
  });
});

describe("a JSON file to import", () => {
  it("reads one inspection, a catalog, and says plainly what is wrong", () => {
    expect(readInspectionJson(JSON.stringify(inspection)).inspections).toHaveLength(1);
    expect(readInspectionJson(JSON.stringify({ inspections: [inspection, { id: "x" }] })).problems[0].label).toBe("x");
    expect(readInspectionJson("[1, 2").error).toMatch(/^The file is not valid JSON/);
    expect(readInspectionJson(JSON.stringify({ ...inspection, recommendations: "none" })).error).toMatch(/: recommendations must be a list \(\[…\]\)\.$/);
  });
});
