/**
 * Issue 9 on real text: the recommendation lists quoted in the published responses in
 * ../shared/fixtures/responses (a letter with an appendix, a narrative letter that renumbers the
 * police-relevant recommendations, a portal-style form with ids) parse with the catalog's count,
 * numbers, portal ids, due wording, addressees and sub-parts, and each text is the catalog's (compared with
 * white space, quote marks and hyphens inside words normalised). The responses between them are not taken for
 * recommendations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Recommendation } from "../../src/domain/catalog/types";
import { importReportText } from "../../src/domain/import";
import { fixtures, inspectionOf } from "./realDocs";

const read = (file: string) => {
  const result = importReportText(readFileSync(path.join(fixtures, file), "utf8"), { today: "2026-11-30" });
  if (!result.inspection) throw new Error(`${file}: nothing parsed`);
  return result.inspection.recommendations;
};
// The letters quote the report with small spelling differences of their own ("co-ordinated" for
// "coordinated"): hyphens inside words are not compared.
const norm = (s: string) =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/(\w)-(\w)/g, "$1$2").replace(/\s+/g, " ").trim();

/** Words that differ, position by position (the texts must have the same number of words). */
function wordsApart(a: string, b: string): number {
  const x = norm(a).split(" ");
  const y = norm(b).split(" ");
  return x.length === y.length ? x.filter((w, i) => w !== y[i]).length : Infinity;
}

/**
 * The item is the catalog's recommendation: number, portal id, due wording, addressees, and its
 * text; `misquoted`: the letter quotes the report with this many words of its own ("targets" for
 * "target"), so the text may differ in that many words and no more.
 */
function expectSame(found: Recommendation, want: Recommendation, misquoted = 0) {
  expect({ number: found.number, portalId: found.portalId, due: found.due, addressees: found.addressees, parts: found.parts.length }).toEqual({
    parts: want.parts.length,
    number: want.number,
    portalId: want.portalId,
    due: want.due,
    addressees: want.addressees,
  });
  if (misquoted === 0) expect(norm(found.text)).toBe(norm(want.text));
  else expect(wordsApart(found.text, want.text)).toBeLessThanOrEqual(misquoted);
}

describe("recommendation lists in the real responses parse as the catalog has them", () => {
  it("the letter to the Home Secretary with an appendix (Cambridgeshire, rape phase one): all 13", () => {
    const catalog = inspectionOf("cjji-rape-phase-1-2021").recommendations;
    const found = read("cambridgeshire-rape-phase-1.txt");
    expect(found).toHaveLength(catalog.length);
    found.forEach((rec, i) => expectSame(rec, catalog[i]));
  });

  it("the portal-style form with ids (Cumbria, rape phase two): all 3 with their portal ids", () => {
    const catalog = inspectionOf("cjji-rape-phase-2-2022").recommendations;
    const found = read("cumbria-rape-phase-2.txt");
    expect(found.map((r) => r.portalId)).toEqual(["21912", "21961", "22005"]);
    found.forEach((rec, i) => expectSame(rec, catalog[i]));
  });

  it("the narrative letter that renumbers the police-relevant ones (Cheshire, rape phase one): its 8, the first 7 as the catalog's", () => {
    const catalog = inspectionOf("cjji-rape-phase-1-2021").recommendations;
    const found = read("cheshire-rape-phase-1.txt");
    expect(found.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Its recommendation 4 says "rigorous targets" where the report says "target"; the answers in
    // italics under each (one opening "This is already in place…") are not part of the text.
    found.slice(0, 7).forEach((rec, i) => expectSame(rec, catalog[i], i === 3 ? 1 : 0));
    // Its 8 is the forces' part of the report's recommendation 12, quoted as the letter has it.
    expect(norm(found[7].text)).toMatch(/^Forces should publish annual Specialist Sexual Assault Investigator Development Programme/);
    expect(found[7].addressees).toEqual(["police forces"]);
  });
});
