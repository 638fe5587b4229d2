/** Documents that are odd in shape: empty, very long, in tables, headings with nothing under them. */
import { analyse } from "../../../src/domain/coverage";
import { docxToSnapshot, textToSnapshot } from "../../../src/domain/docx";
import { buildDocx } from "./buildDocx";
import { inspection, readFixture, statuses } from "./fixtures";

const phase1 = inspection("cjji-rape-phase-1-2021");
const phase2 = inspection("cjji-rape-phase-2-2022");

describe("edge cases", () => {
  it("reports every recommendation missing in an empty document, and says the document is empty", () => {
    const report = analyse(textToSnapshot(""), phase2);
    expect(statuses(report)).toEqual({ r1: "missing", r2: "missing", r3: "missing" });
    expect(report.notes).toContain("The document has no text.");
  });

  it("reads a 300-page document in full and says it is long", () => {
    const filler = "The Commissioner met community groups across the county to hear their concerns about safety at night.";
    const letter = readFixture("narrative-letter.txt").split("\n");
    // ~300 pages: 12,000 paragraphs of unrelated text, with the real letter in the middle.
    const paras = [...Array(6000).fill(filler), ...letter, ...Array(6000).fill(filler)];
    const started = Date.now();
    const report = analyse(textToSnapshot(paras.join("\n")), phase1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(report.summary.answered).toBe(5);
    expect(report.notes.join(" ")).toMatch(/Long document/);
  });

  it("says when Word could not leave out tracked deletions, and says nothing when it did", () => {
    const snapshot = textToSnapshot(readFixture("narrative-letter.txt"));
    const notes = (trackedDeletions?: "excluded" | "textOnly" | "unknown") => analyse({ ...snapshot, ...(trackedDeletions ? { trackedDeletions } : {}) }, phase1).notes.join(" ");
    expect(notes("unknown")).toMatch(/deleted with Track Changes on count until the deletion is accepted/);
    expect(notes("textOnly")).toMatch(/still lists deleted sections/);
    expect(notes("excluded")).not.toMatch(/Track Changes/);
    expect(notes()).not.toMatch(/Track Changes/);
  });

  it("reads recommendations and responses laid out in a table", async () => {
    const [r1, r2, r3] = phase2.recommendations;
    const bytes = await buildDocx([
      "Response to the inspection",
      { table: [["No.", "Recommendation", "Response"], ["1", r1.text, "Victims are now called by a named officer within two days of charge."], ["2", r2.text, ""], ["3", r3.text, "TBC"]] },
    ]);
    const report = analyse((await docxToSnapshot(bytes)).snapshot, phase2);
    expect(statuses(report)).toEqual({ r1: "answered", r2: "placeholder", r3: "placeholder" });
    expect(report.notes.join(" ")).toMatch(/tables/);
  });

  it("does not take a heading followed directly by the next heading as an answer", () => {
    const [r1, r2] = phase1.recommendations;
    const text = ["Recommendation 1", r1.text, "", "Recommendation 2", r2.text, "", "Support workers now attend our detective training."].join("\n");
    expect(statuses(analyse(textToSnapshot(text), phase1))).toMatchObject({ r1: "placeholder", r2: "answered" });
  });

  it("does not count the letter's closing as the last recommendation's answer", () => {
    const [r1] = phase2.recommendations;
    const text = ["Recommendation 1", r1.text, "", "I look forward to the final report.", "Yours sincerely", "C. Person", "Police and Crime Commissioner for Southdale"].join("\n");
    expect(analyse(textToSnapshot(text), phase2).items[0].status).toBe("placeholder");
  });

  it("finds recommendations by portal id, 'R2' labels and text split over lines, with **bold** and <sup> markup", () => {
    const [r1, r2, r3] = phase2.recommendations;
    const half = Math.floor(r3.text.length / 2);
    const cut = r3.text.lastIndexOf(" ", half);
    const text = [
      `#${r1.portalId}`,
      "Our witness care letters now go out within two days of charge.",
      `**R2:** ${r2.text}`,
      "Bad character is considered at the first case conference.",
      `3<sup>rd</sup> recommendation`,
      r3.text.slice(0, cut),
      r3.text.slice(cut + 1),
      "",
      "To follow",
    ].join("\n");
    expect(statuses(analyse(textToSnapshot(text), phase2))).toEqual({ r1: "answered", r2: "answered", r3: "placeholder" });
  });

  it("notes a recommendation number the inspection does not have", () => {
    const report = analyse(textToSnapshot("Recommendation 14: Our work on this continues with partners."), phase2);
    expect(report.notes.join(" ")).toMatch(/recommendation 14, which this inspection does not have/);
  });

  it("reads a narrative letter that answers by topic without quoting or numbering", () => {
    const text = [
      "Dear Inspector,",
      "Thank you for the report. Bad character evidence is now considered with the prosecutor in every case.",
      "We have also reviewed communications with victims after charge, so each victim has a named contact.",
      "Yours sincerely",
    ].join("\n");
    const report = analyse(textToSnapshot(text), phase2);
    expect(statuses(report)).toEqual({ r1: "answered", r2: "answered", r3: "missing" });
    // Topic-only evidence is never reported as certain.
    for (const item of report.items.filter((i) => i.status === "answered")) expect(item.confidence).toBeLessThanOrEqual(0.75);
  });
});
