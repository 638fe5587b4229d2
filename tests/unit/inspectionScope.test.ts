/** Whether a report is about one force or many: the catalog says so, or its type does. */
import catalog from "../../assets/catalog.json";
import { inspectionScope, parseCatalog, parseInspection, type Inspection } from "../../src/domain/catalog";
import { inspectionFromXml, inspectionToXml } from "../../src/domain/catalog/inspectionXml";

const inspections = parseCatalog(catalog).inspections;
const phase1 = inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;

describe("the scope of an inspection", () => {
  it("is national for every report in the built-in catalog, which says so itself", () => {
    expect(inspections.map((i) => [i.id, i.scope])).toEqual([
      ["cjji-rape-phase-1-2021", "national"],
      ["cjji-rape-phase-2-2022", "national"],
      ["hmicfrs-vawg-final-2021", "national"],
    ]);
  });

  it.each([
    ["PEEL", "force"],
    ["PEEL 2021/22", "force"],
    ["Force inspection", "force"],
    ["joint thematic", "national"],
    ["national thematic", "national"],
    ["", "national"],
    ["super-complaint", "national"],
  ] as const)("is inferred from the type %j as %s when the entry does not say", (type, scope) => {
    expect(inspectionScope({ type })).toBe(scope);
  });

  it("takes the entry's own scope over its type", () => {
    expect(inspectionScope({ type: "PEEL", scope: "national" })).toBe("national");
    expect(inspectionScope({ type: "thematic", scope: "force" })).toBe("force");
  });

  it("accepts only force or national in a catalog entry", () => {
    expect(parseInspection({ ...phase1, scope: "force" }).inspection?.scope).toBe("force");
    const { scope: _omitted, ...withoutScope } = phase1;
    expect(parseInspection(withoutScope).inspection?.scope).toBeUndefined();
    expect(parseInspection({ ...phase1, scope: "regional" }).error).toMatch(/^scope must be force or national/);
  });

  it("is kept in the inspection stored in the document, and stays absent when the entry had none", () => {
    const force: Inspection = { ...phase1, scope: "force" };
    expect(inspectionFromXml(inspectionToXml(force)).inspection?.scope).toBe("force");
    const { scope: _omitted, ...withoutScope } = phase1;
    expect(inspectionFromXml(inspectionToXml(withoutScope)).inspection).toEqual(withoutScope);
  });
});
