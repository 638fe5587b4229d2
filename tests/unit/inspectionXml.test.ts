import { XML_NAMESPACE } from "../../src/domain/tags";
import { inspectionFromXml, inspectionToXml } from "../../src/domain/catalog/inspectionXml";
import { inspections } from "../word/plans";

describe("the inspection stored in a document", () => {
  it.each(inspections.map((i) => [i.id, i] as const))("reads back %s exactly as stored", (_id, inspection) => {
    const read = inspectionFromXml(inspectionToXml(inspection));
    expect(read.problem).toBeUndefined();
    expect(read.inspection).toEqual(inspection);
  });

  it("keeps markup characters, quotes, line breaks and tabs in recommendation text", () => {
    const base = inspections[0];
    const tricky = "Forces should <review> “A & B” \"now\"\r\nthen\tlater ‘ok’ 😀 ]]> &amp;";
    const inspection = { ...base, title: `${base.title} & <more>`, recommendations: [{ ...base.recommendations[0], text: tricky }] };
    const xml = inspectionToXml(inspection);
    expect(xml.startsWith(`<inspection xmlns="${XML_NAMESPACE}"`)).toBe(true);
    expect(inspectionFromXml(xml).inspection?.recommendations[0].text).toBe(tricky);
    expect(inspectionFromXml(xml).inspection?.title).toBe(inspection.title);
  });

  it("keeps the difference between no due date and an empty one, and between a portal id and none", () => {
    const base = inspections[0];
    const recs = [
      { ...base.recommendations[0], due: null, portalId: null },
      { ...base.recommendations[1], due: "", portalId: "123" },
    ];
    const read = inspectionFromXml(inspectionToXml({ ...base, portalId: null, recommendations: recs }));
    expect(read.inspection?.portalId).toBeNull();
    expect(read.inspection?.recommendations.map((r) => [r.due, r.portalId])).toEqual([
      [null, null],
      ["", "123"],
    ]);
  });

  it("gives no inspection and a reason for XML that is not well formed", () => {
    const read = inspectionFromXml(inspectionToXml(inspections[0]).slice(0, 200));
    expect(read.inspection).toBeNull();
    expect(read.problem).toMatch(/not well-formed/);
  });

  it("gives no inspection and a reason when a stored value was tampered with", () => {
    const xml = inspectionToXml(inspections[0]).replace(/publishedOn="[^"]*"/, 'publishedOn="last spring"');
    const read = inspectionFromXml(xml);
    expect(read.inspection).toBeNull();
    expect(read.problem).toMatch(/damaged: publication date must be a date like 2026-11-30/);
  });

  it("refuses a part written in a format it does not know", () => {
    const xml = inspectionToXml(inspections[0]).replace('format="1"', 'format="7"');
    expect(inspectionFromXml(xml)).toEqual({ inspection: null, problem: expect.stringMatching(/format 7/) });
  });

  it("refuses a part of someone else in the same namespace that holds no inspection", () => {
    const read = inspectionFromXml(`<notes xmlns="${XML_NAMESPACE}"><note>hello</note></notes>`);
    expect(read.inspection).toBeNull();
    expect(read.problem).toMatch(/no inspection/);
  });
});
