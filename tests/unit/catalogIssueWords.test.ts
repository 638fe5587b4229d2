import { loadCatalog } from "../../src/cli/check";
import { parseCatalog, parseInspection } from "../../src/domain/catalog/schema";
import type { Inspection } from "../../src/domain/catalog/types";
import { readInspectionJson } from "../../src/domain/catalog/importJson";
import { readCatalogContent } from "../../src/domain/sources/content";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Written for these tests: not any published report.
const good: Inspection = {
  id: "hmicfrs-westshire-custody-2021",
  title: "Custody in Westshire",
  shortTitle: "Custody in Westshire",
  publishedOn: "2021-08-10",
  inspectorates: ["HMICFRS"],
  type: "inspection",
  portalId: null,
  complete: true,
  recommendations: [
    { id: "r1", number: 1, portalId: null, text: "Record every use of force.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [] },
    { id: "r2", number: 2, portalId: null, text: "Review the custody records.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [] },
    { id: "r3", number: 3, portalId: null, text: "Train the staff.", addressees: ["the force"], localResponseExpected: true, due: null, parts: [] },
  ],
};
const developerWords = /Invalid input|expected string|received undefined|shortTitle|publishedOn|recommendations\.\d/;

describe("what is wrong with a catalog entry, in plain words", () => {
  it("names the field by its label and says it is missing, at most three then how many more", () => {
    const { problems } = parseCatalog({ inspections: [{ id: "x" }] });
    expect(problems[0].label).toBe("x");
    expect(problems[0].message).toBe("title is missing, short title is missing, publication date is missing and 5 more");
    expect(problems[0].message).not.toMatch(developerWords);
  });

  it("says a date must be written like 2026-11-30 and text must be text, naming the recommendation by position", () => {
    const recs = good.recommendations.map((r, k) => (k === 2 ? { ...r, text: 42 } : r));
    const { error } = parseInspection({ ...good, title: 7, publishedOn: "30/11/2026", recommendations: recs });
    expect(error).toBe("title must be text, publication date must be a date like 2026-11-30, recommendation 3's text must be text");
  });

  it("words wrong kinds of value and values not in a list", () => {
    const recs = [{ ...good.recommendations[0], number: 1.5, localResponseExpected: "yes", kind: "advice" }];
    const { error } = parseInspection({ ...good, recommendations: recs });
    expect(error).toMatch(/recommendation 1's kind must be recommendation, cause-of-concern or area-for-improvement/);
    expect(error).toMatch(/recommendation 1's number must be a whole number/);
    expect(error).toMatch(/recommendation 1's “local response expected” must be true or false/);
    expect(parseCatalog([5]).problems[0]).toEqual({ index: 0, label: "inspection 1", message: "the inspection must be a set of fields ({…})" });
  });

  it("reads the same in a JSON file, an organisation catalog and the command line, listing at most three entries", () => {
    const broken = [1, 2, 3, 4, 5].map((n) => ({ id: `bad-${n}` }));
    const file = readInspectionJson(JSON.stringify({ inspections: broken }));
    expect(file.error).toMatch(/^No inspection in the file is valid\. bad-1: title is missing, .* and 5 more; bad-2: .*; bad-3: .*; and 2 more\.$/);
    expect(file.error).not.toMatch(developerWords);

    const org = readCatalogContent(JSON.stringify({ inspections: [good, { ...good, id: "late", publishedOn: "2021-02-30" }] }));
    expect(org.ok && org.value.skipped).toEqual(["Custody in Westshire: publication date is not a real date"]);

    const dir = mkdtempSync(path.join(tmpdir(), "ird-issue-words-"));
    const catalogFile = path.join(dir, "catalog.json");
    writeFileSync(catalogFile, JSON.stringify({ inspections: [{ id: "x", title: "Only a title" }] }));
    expect(() => loadCatalog(catalogFile)).toThrow(/^bad catalog .*catalog\.json: x: short title is missing, publication date is missing, inspectorates are missing and 4 more$/);
  });
});
