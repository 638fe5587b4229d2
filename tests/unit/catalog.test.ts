import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalog } from "../../src/domain/catalog";

const builtIn = JSON.parse(readFileSync(path.join(__dirname, "../../assets/catalog.json"), "utf8"));

describe("built-in catalog", () => {
  it("loads every inspection with no problems", () => {
    const { inspections, problems } = parseCatalog(builtIn);
    expect(problems).toEqual([]);
    expect(inspections.map((i) => i.shortTitle)).toContain("Response to rape – Phase one");
  });

  it("keeps the recommendations of rape phase one in report order, 13 of them", () => {
    const phase1 = parseCatalog(builtIn).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
    expect(phase1.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(phase1.recommendations.filter((r) => !r.localResponseExpected).map((r) => r.id)).toEqual(["r8", "r9", "r10", "r11", "r13"]);
  });
});

describe("a catalog with a broken entry", () => {
  const good = builtIn.inspections[0];

  it("reports the broken entry by name and still loads the others", () => {
    const broken = { ...good, id: "broken-one", shortTitle: "Broken inspection", publishedOn: "16/07/2021" };
    const { inspections, problems } = parseCatalog({ inspections: [broken, good] });
    expect(inspections.map((i) => i.id)).toEqual([good.id]);
    expect(problems).toHaveLength(1);
    expect(problems[0].label).toBe("Broken inspection");
    expect(problems[0].message).toBe("publication date must be a date like 2026-11-30");
  });

  it("rejects an impossible date and a recommendation id used twice", () => {
    const badDate = { ...good, id: "a", publishedOn: "2021-02-30" };
    const twice = { ...good, id: "b", recommendations: [good.recommendations[0], good.recommendations[0]] };
    const { inspections, problems } = parseCatalog([badDate, twice]);
    expect(inspections).toEqual([]);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/not a real date/);
    expect(problems.map((p) => p.message).join(" ")).toMatch(/repeats the id "r1"/);
  });

  it("keeps the first of two inspections with the same id", () => {
    const { inspections, problems } = parseCatalog([good, { ...good, shortTitle: "Copy" }]);
    expect(inspections).toHaveLength(1);
    expect(inspections[0].shortTitle).toBe(good.shortTitle);
    expect(problems[0].message).toMatch(/repeats an inspection id/);
  });

  it("says in plain words what a broken field should hold", () => {
    const noNumber = { ...good, id: "c", recommendations: [{ ...good.recommendations[0], number: undefined }] };
    const zeroNumber = { ...good, id: "d", recommendations: [{ ...good.recommendations[0], number: 0 }] };
    const { problems } = parseCatalog([noNumber, zeroNumber]);
    expect(problems[0].message).toBe("recommendation 1's number is missing");
    expect(problems[1].message).toBe("recommendation 1's number must be more than 0");
  });

  it("says a file that is not a catalog is not one, rather than showing nothing", () => {
    const { inspections, problems } = parseCatalog({ hello: "world" });
    expect(inspections).toEqual([]);
    expect(problems[0].message).toMatch(/not a catalog/);
  });
});
