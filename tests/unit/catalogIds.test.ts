import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import builtIn from "../../assets/catalog.json";
import { CATALOG_LIMITS, SAFE_ID, catalogTextTooLarge, parseCatalog, parseInspection } from "../../src/domain/catalog/schema";
import { importReportText } from "../../src/domain/import";
import { makeId } from "../../src/domain/import/meta";
import { parseTag, sectionTag } from "../../src/domain/tags";

const valid = () => structuredClone(parseCatalog(builtIn).inspections[0]);

describe("ids in a catalog", () => {
  it("accepts the built-in catalog and the shared one as they are", () => {
    expect(parseCatalog(builtIn).problems).toEqual([]);
    const shared = path.resolve(__dirname, "../../../shared/data/catalog.json");
    expect(parseCatalog(JSON.parse(readFileSync(shared, "utf8"))).problems).toEqual([]);
  });

  it.each([
    ["an inspection id with a colon", (i: ReturnType<typeof valid>) => (i.id = "hmicfrs:peel"), /^id "hmicfrs:peel" may use only letters, digits/],
    ["a recommendation id with a colon", (i: ReturnType<typeof valid>) => (i.recommendations[0].id = "r:1"), /^recommendation 1's id "r:1" may use only/],
    ["a part id with a space", (i: ReturnType<typeof valid>) => (i.recommendations[0].parts = [{ id: "r1 a", text: "Do it." }]), /recommendation 1's part 1's id "r1 a" may use only/],
    ["an id of zero-width spaces", (i: ReturnType<typeof valid>) => (i.id = "\u200b\u200b"), /id "\u200b\u200b" may use only/],
    ["an id with a right-to-left override", (i: ReturnType<typeof valid>) => (i.id = "abc\u202edef"), /may use only/],
    ["an id starting with a hyphen", (i: ReturnType<typeof valid>) => (i.id = "-x"), /"-x" may use only/],
    ["an id of 81 characters", (i: ReturnType<typeof valid>) => (i.id = "a".repeat(81)), /is longer than 80 characters/],
  ])("refuses %s, naming the id", (_name, change, message) => {
    const inspection = valid();
    change(inspection);
    const { error } = parseInspection(inspection);
    expect(error).toMatch(message);
  });

  it("makes tags that read back for every id it accepts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), (id) => {
        const inspection = valid();
        inspection.id = id;
        if (!parseInspection(inspection).inspection) return;
        expect(SAFE_ID.test(id)).toBe(true);
        expect(parseTag(sectionTag(id, "r1"))).toEqual({ kind: "section", inspectionId: id, recId: "r1" });
      }),
    );
  });
});

describe("ids the report importer makes", () => {
  it("are accepted by the catalog schema, however long or odd the title", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(["HMICFRS"], ["HMICFRS", "HMI Probation"], [] as string[], ["???"]), (title, inspectorates) => {
        expect(makeId(inspectorates, title, "2024-05-01")).toMatch(SAFE_ID);
      }),
    );
    expect(makeId(["HMICFRS"], "Supercalifragilisticexpialidocious ".repeat(8), "2024-05-01")).toMatch(SAFE_ID);
  });

  it("gives recommendations and parts ids the schema accepts", () => {
    const text = [
      "An inspection of how forces respond to: stalking & harassment — 2024",
      "Published 3 May 2024",
      "Recommendations",
      "Recommendation 1",
      "By 31 March 2025, chief constables should make sure that every victim is told how their case is progressing.",
      "Recommendation 2",
      "Chief constables should:",
      "a) record each update;",
      "b) review the records every month.",
    ].join("\n");
    const result = importReportText(text, { today: "2024-06-01" });
    expect(result.problem).toBeUndefined();
    const ins = result.inspection!;
    expect(ins.id).toMatch(SAFE_ID);
    for (const r of ins.recommendations) {
      expect(r.id).toMatch(SAFE_ID);
      for (const p of r.parts) expect(p.id).toMatch(SAFE_ID);
    }
  });
});

describe("size limits on a catalog", () => {
  it("refuses an inspection with more recommendations than any report has", () => {
    const inspection = valid();
    const r = inspection.recommendations[0];
    inspection.recommendations = Array.from({ length: CATALOG_LIMITS.recommendations + 1 }, (_, i) => ({ ...r, id: `r${i + 1}`, number: i + 1 }));
    expect(parseInspection(inspection).error).toMatch(`recommendations must list ${CATALOG_LIMITS.recommendations} recommendations or fewer`);
  });

  it("refuses a recommendation text longer than the limit, and too many parts", () => {
    const inspection = valid();
    inspection.recommendations[0].text = "x".repeat(CATALOG_LIMITS.text + 1);
    expect(parseInspection(inspection).error).toMatch(/recommendation 1's text must be 10,000 characters or fewer/);
    const parts = valid();
    parts.recommendations[0].parts = Array.from({ length: CATALOG_LIMITS.parts + 1 }, (_, i) => ({ id: `p${i}`, text: "Do it." }));
    expect(parseInspection(parts).error).toMatch(`parts must list ${CATALOG_LIMITS.parts} parts or fewer`);
  });

  it("refuses a catalog listing more inspections than the limit, as a whole", () => {
    const list = Array.from({ length: CATALOG_LIMITS.inspections + 1 }, () => ({}));
    const { inspections, problems } = parseCatalog(list);
    expect(inspections).toEqual([]);
    expect(problems).toEqual([{ index: -1, label: "catalog", message: `lists ${CATALOG_LIMITS.inspections + 1} inspections; a catalog may list ${CATALOG_LIMITS.inspections} at most` }]);
  });

  it("says when a catalog's text is too large to read at all", () => {
    expect(catalogTextTooLarge("{}")).toBeNull();
    expect(catalogTextTooLarge(" ".repeat(CATALOG_LIMITS.fileChars + 1))).toBe("The catalog is too large to read (more than 5 MB). Check it is a catalog file.");
  });
});
