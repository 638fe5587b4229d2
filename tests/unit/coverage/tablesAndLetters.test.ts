/**
 * Tracker tables and letters with a "Recommendation N" heading per answer, as .txt and as .docx
 * (real Word tables, Heading 2 headings), and after a drafter deletes one answer.
 */
import { inspection, statuses } from "./fixtures";
import { allStatuses, analyseLines, formats, layoutLines } from "./layouts";

const phase1 = inspection("cjji-rape-phase-1-2021");

for (const format of formats) {
  describe(`a tracker table (No. | Recommendation | Force response | Status / RAG | Target date) as .${format}`, () => {
    const lines = layoutLines("table-tracker.txt");
    // Rows 2 and 7 have an empty response, row 3 "TBC", row 4 only "Complete"; row 5 "Complete – <what was done>".
    const base = allStatuses(phase1, { r1: "answered", r2: "placeholder", r3: "placeholder", r4: "placeholder", r5: "answered", r6: "answered", r7: "placeholder", r12: "answered" });
    const setRow = (rec: number, response: string) => lines.map((l) => (l.startsWith(`${rec}\t`) ? l.split("\t").map((c, i) => (i === 2 ? response : c)).join("\t") : l));

    it("counts a row answered only when its response cell explains the action; a bare status or RAG colour is not an answer", async () => {
      const report = await analyseLines(format, lines, phase1);
      expect(statuses(report)).toEqual(base);
      expect(report.items.find((i) => i.recId === "r4")!.evidence).toMatch(/Complete/);
    });

    it("flags a row whose response cell is emptied, even with a Green status and a date beside it", async () => {
      for (const rec of [1, 5, 6]) expect(statuses(await analyseLines(format, setRow(rec, ""), phase1))).toEqual({ ...base, [`r${rec}`]: "placeholder" });
    });

    it("does not take the text after the table as the last row's response", async () => {
      expect(statuses(await analyseLines(format, setRow(12, ""), phase1))).toEqual({ ...base, r12: "placeholder" });
    });

    it("reads a response cell of only 'TBC' or a status as a placeholder, and a real answer in it as answered", async () => {
      expect(statuses(await analyseLines(format, setRow(1, "Green"), phase1))).toEqual({ ...base, r1: "placeholder" });
      expect(statuses(await analyseLines(format, setRow(6, "TBC"), phase1))).toEqual({ ...base, r6: "placeholder" });
      const answered = setRow(4, "Complete. Case strategy meetings with the prosecutor now happen within ten days of referral.");
      expect(statuses(await analyseLines(format, answered, phase1))).toEqual({ ...base, r4: "answered" });
    });
  });

  describe(`a letter with a "Recommendation N" heading over each answer as .${format}`, () => {
    const lines = layoutLines("letter-headings.txt");
    const heading = /^Recommendation \d+$/;
    const deferred = Object.fromEntries(["r8", "r9", "r10", "r11", "r13"].map((id) => [id, "deferred"]));
    const base = allStatuses(phase1, { r1: "answered", r2: "answered", r3: "answered", r4: "answered", r5: "answered", r6: "answered", r7: "answered", ...deferred });
    const run = async (edited: string[]) => statuses(await analyseLines(format, edited, phase1, format === "docx" ? heading : undefined));
    /** The letter with recommendation n's answer paragraph deleted (its heading left in place). */
    const answerOf = (n: number) => {
      const at = lines.indexOf(`Recommendation ${n}`);
      return lines.findIndex((l, i) => i > at && l.trim() !== "");
    };
    const deleteAnswer = (n: number, from = lines) => from.filter((_, i) => i !== answerOf(n));

    it("reads every answer under its heading", async () => {
      expect(await run(lines)).toEqual(base);
    });

    it("flags a heading followed directly by the next heading", async () => {
      for (const n of [1, 3, 6]) expect(await run(deleteAnswer(n))).toEqual({ ...base, [`r${n}`]: "placeholder" });
    });

    it("flags the last heading when only the deferral of other recommendations or the closing follows it", async () => {
      expect(await run(deleteAnswer(7))).toEqual({ ...base, r7: "placeholder" });
      const closing = deleteAnswer(7).filter((l) => !/^Recommendations 8|^I will publish/.test(l));
      const noDeferral = { ...base, ...Object.fromEntries(Object.keys(deferred).map((id) => [id, "missing"])) };
      expect(await run(closing)).toEqual({ ...noDeferral, r7: "placeholder" });
      const polite = closing.map((l) => (l.startsWith("Yours") ? "Please do not hesitate to contact my office if you would like more detail.\n\nYours sincerely," : l));
      expect(await run(polite)).toEqual({ ...noDeferral, r7: "placeholder" });
    });
  });
}
