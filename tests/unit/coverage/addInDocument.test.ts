/** A response drafted with the add-in: its own wording is never an answer, and each tagged section decides. */
import { analyse } from "../../../src/domain/coverage";
import { coverageTableTag, sectionTag } from "../../../src/domain/tags";
import { composedLetter, composedSections, snapshotOf, typeParagraph, typeResponse } from "./composed";
import { inspection, statuses } from "./fixtures";

const phase1 = inspection("cjji-rape-phase-1-2021");
const national = ["r8", "r9", "r10", "r11", "r13"];

describe("a response inserted by the add-in", () => {
  it("does not take the inserted closing wording as an answer to any recommendation", () => {
    const doc = composedLetter(phase1);
    // The closing is approved wording in its own control, and speaks of "progress against these recommendations".
    expect(doc.lines.some((l) => l.tags.some((t) => t.startsWith("ird:wording:closing")) && /hold the Chief Constable to account/.test(l.text))).toBe(true);
    const report = analyse(snapshotOf(doc), phase1);
    for (const item of report.items) {
      const expected = national.includes(item.recId) ? "deferred" : "placeholder";
      expect({ rec: item.recId, status: item.status }).toEqual({ rec: item.recId, status: expected });
      expect(item.location).toEqual({ tag: sectionTag(phase1.id, item.recId) });
    }
    expect(report.notes.join(" ")).not.toMatch(/found elsewhere|may answer it/);
  });

  it("keeps every untouched section a placeholder after two answers are typed into other sections", () => {
    const doc = composedLetter(phase1);
    typeResponse(doc, phase1.id, "r1", "Officers cannot now close a report until the victim's protected characteristics are completed; the registrar audits a sample monthly.");
    typeResponse(doc, phase1.id, "r2", "Our officers and the independent advisers now train together every quarter and share one referral form.");
    const report = analyse(snapshotOf(doc), phase1);
    expect(statuses(report)).toMatchObject({ r1: "answered", r2: "answered", r3: "placeholder", r4: "placeholder", r12: "placeholder", r8: "deferred" });
    expect(report.summary.answered).toBe(2 + national.length);
  });

  it("does not let text outside a tagged section answer it: the section stays a placeholder, less surely, with a note", () => {
    const doc = composedLetter(phase1);
    // Typed below the letter rather than into recommendation 4's response control.
    typeParagraph(doc, "Recommendation 4: case strategies are now set within ten days and reviewed weekly by a detective inspector with the prosecutor.");
    const report = analyse(snapshotOf(doc), phase1);
    const r4 = report.items.find((i) => i.recId === "r4")!;
    expect(r4.status).toBe("placeholder");
    expect(r4.confidence).toBeLessThanOrEqual(0.6);
    expect(r4.location).toEqual({ tag: sectionTag(phase1.id, "r4") });
    expect(report.notes.join(" ")).toMatch(/Recommendation 4: its tagged section has no answer yet/);
  });

  it("still finds an answer by its text when the recommendation's section is not in the document", () => {
    const doc = composedSections(phase1, ["r1", "r2"]);
    typeParagraph(doc, "Recommendation 3");
    typeParagraph(doc, "Withdrawal is now recorded with a reason code at every stage, and reported to the performance board each quarter.");
    const report = analyse(snapshotOf(doc), phase1);
    expect(statuses(report)).toMatchObject({ r1: "placeholder", r2: "placeholder", r3: "answered" });
  });

  it("gives a missing recommendation no place to select", () => {
    const doc = composedSections(phase1, ["r1", "r2", "r3"]);
    const report = analyse(snapshotOf(doc), phase1);
    const missing = report.items.filter((i) => i.status === "missing");
    expect(missing.map((i) => i.recId)).toEqual(["r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13"]);
    for (const item of missing) expect(item.location).toBeUndefined();
  });

  it("does not read the text of another recommendation's section as an answer", () => {
    const doc = composedSections(phase1, ["r2"]);
    // Recommendation 1's section was deleted; recommendation 2's answer mentions recommendation 1's subject.
    typeResponse(doc, phase1.id, "r2", "Recommendation 1: protected characteristics of victims are now recorded on every rape report, and support services see the same data.");
    const report = analyse(snapshotOf(doc), phase1);
    expect(statuses(report)).toMatchObject({ r1: "missing", r2: "answered" });
  });
});

describe("the add-in's own coverage table in the letter", () => {
  // As "Add coverage table" leaves it: its title and tab-separated rows inside its own control, in table cells.
  const withTable = (text: string) => {
    const snapshot = snapshotOf(composedLetter(phase1));
    const tag = coverageTableTag(phase1.id);
    const rows = [`Recommendations and responses: ${phase1.shortTitle}`, "No.\tRecommendation\tStatus", ...phase1.recommendations.map((r) => `${r.number}\t${r.text}\t${text}`)];
    snapshot.paragraphs.push(...rows.map((t, i) => ({ text: t, inTable: i > 0, controlTags: [tag] })));
    snapshot.controls.push({ tag, title: "Coverage table", text: rows.join("\n"), placeholderText: "" });
    return snapshot;
  };

  it("is no table the note speaks of, and no answer", () => {
    const report = analyse(withTable("answered: the force has trained every investigator and audits the results monthly"), phase1);
    expect(report.notes.join(" ")).not.toMatch(/in tables/);
    expect(report.items.filter((i) => i.status === "answered")).toEqual([]);
    expect(report.notes.join(" ")).not.toMatch(/may answer it|found by its text/);
  });

  it("leaves the note for tables the office wrote", () => {
    const snapshot = withTable("answered");
    snapshot.paragraphs.push({ text: "Our own table", inTable: true });
    expect(analyse(snapshot, phase1).notes).toContain("Part of the document is in tables; table cells were read in order.");
  });
});
