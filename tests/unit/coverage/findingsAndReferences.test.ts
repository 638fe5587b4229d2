/**
 * Responses that mix AFIs and causes of concern with recommendations, answer "See above", only
 * cover an attached response, are pasted twice, or answer another inspection: the dangerous
 * error is calling an unanswered recommendation answered.
 */
import { isAnswered } from "../../../src/domain/coverage/types";
import { inspection, readFixture, statuses } from "./fixtures";
import { allStatuses, analyseLines, formats, layoutLines, withoutLine } from "./layouts";

const phase1 = inspection("cjji-rape-phase-1-2021");
const phase2 = inspection("cjji-rape-phase-2-2022");
const vawg = inspection("hmicfrs-vawg-final-2021");

for (const format of formats) {
  describe(`.${format}: areas for improvement and causes of concern beside recommendations`, () => {
    const lines = layoutLines("afi-concerns.txt");
    const base = { r1: "answered", r2: "answered", r3: "answered" };
    const run = async (edited: string[]) => statuses(await analyseLines(format, edited, vawg));

    it("reads each recommendation's own answer", async () => {
      expect(await run(lines)).toEqual(base);
    });

    it("leaves a recommendation unanswered when only an AFI or cause of concern on its topic is answered", async () => {
      // Cause of concern 1 (protected characteristics) and AFI 1 (outcomes 15 and 16) stay answered.
      expect(await run(withoutLine(lines, /^Force response: Equality data/))).toEqual({ ...base, r1: "placeholder" });
      expect(await run(withoutLine(lines, /^Force response: Every outcome 15/))).toEqual({ ...base, r3: "placeholder" });
    });

    it("does not answer any recommendation from AFI answers when the recommendations section is gone", async () => {
      const at = lines.indexOf("Recommendations");
      const end = lines.findIndex((l) => l.startsWith("Yours"));
      const report = await analyseLines(format, [...lines.slice(0, at), ...lines.slice(end)], vawg);
      expect(report.items.filter((i) => isAnswered(i.status))).toEqual([]);
    });
  });

  describe(`.${format}: answers that only point to another answer`, () => {
    const lines = layoutLines("pointers.txt");
    const run = async (edited: string[]) => analyseLines(format, edited, phase1);
    // 3 "See above" (2's answer), 5 "Please refer to recommendation 4", 7 "As per our response to recommendation 2".
    const base = allStatuses(phase1, { r1: "answered", r2: "answered", r3: "answered", r4: "answered", r5: "answered", r7: "answered" });

    it("counts a pointer to an answer that exists as answered by reference, only moderately sure", async () => {
      const report = await run(lines);
      expect(statuses(report)).toEqual(base);
      for (const id of ["r3", "r5", "r7"]) {
        const item = report.items.find((i) => i.recId === id)!;
        expect(item.confidence).toBeLessThanOrEqual(0.6);
        expect(item.evidence).toMatch(/^Refers to the response to recommendation \d/);
      }
    });

    it("flags pointers to an answer that was removed", async () => {
      expect(statuses(await run(withoutLine(lines, /^Response: Case strategy/)))).toEqual({ ...base, r4: "placeholder", r5: "placeholder" });
      expect(statuses(await run(withoutLine(lines, /^Response: Independent advisers/)))).toEqual({ ...base, r2: "placeholder", r3: "placeholder", r7: "placeholder" });
    });

    it("flags 'As above' under the first recommendation, which points to nothing", async () => {
      const edited = lines.map((l) => (l.startsWith("Response: The crime recording") ? "Response: As above." : l));
      expect(statuses(await run(edited))).toEqual({ ...base, r1: "placeholder" });
    });
  });

  describe(`.${format}: a covering letter that says the response is attached`, () => {
    it("answers no recommendation from the report's title or its summary of findings, and says the response is not in the document", async () => {
      const report = await analyseLines(format, layoutLines("covering-letter.txt"), vawg);
      expect(report.items.filter((i) => isAnswered(i.status))).toEqual([]);
      expect(report.notes.join(" ")).toMatch(/attached or enclosed; it is not in this document/);
    });
  });

  describe(`.${format}: the same response pasted twice`, () => {
    const lines = readFixture("letter-appendix.txt").split("\n");
    const appendix = lines.slice(lines.findIndex((l) => l.startsWith("Recommendation 1:")));
    const twice = [...lines, "", ...appendix];
    const base = { r1: "answered", r2: "answered", r3: "placeholder" };
    const run = (edited: string[]) => analyseLines(format, edited, vawg);
    const firstAnswer = (from: string[], copy: number) => {
      const at = from.map((l, i) => (l.startsWith("Force response: The crime recording system") ? i : -1)).filter((i) => i >= 0)[copy];
      return [...from.slice(0, at), "Force response: TBC", ...from.slice(at + 1)];
    };

    it("reads it as once, and says a section is answered twice", async () => {
      const report = await run(twice);
      expect(statuses(report)).toEqual(base);
      expect(report.notes.join(" ")).toMatch(/Recommendation 1 is answered 2 times/);
    });

    it("keeps a recommendation answered when one copy still answers it, and flags it when neither does", async () => {
      const one = await run(firstAnswer(twice, 1));
      expect(statuses(one)).toEqual(base);
      expect(one.notes.join(" ")).toMatch(/Recommendation 1 appears 2 times; one is answered/);
      expect(statuses(await run(firstAnswer(firstAnswer(twice, 1), 0)))).toEqual({ ...base, r1: "placeholder" });
    });
  });

  describe(`.${format}: a response to another inspection`, () => {
    const lines = layoutLines("other-inspection.txt");

    it("does not let phase two's 'Recommendation 1' answer phase one's recommendation 1, and says why", async () => {
      const report = await analyseLines(format, lines, phase1);
      expect(report.items.filter((i) => isAnswered(i.status))).toEqual([]);
      expect(report.notes.join(" ")).toMatch(/quote text this inspection does not have/);
    });

    it("reads it against its own inspection, and flags an answer removed there", async () => {
      expect(statuses(await analyseLines(format, lines, phase2))).toEqual({ r1: "answered", r2: "answered", r3: "answered" });
      const edited = withoutLine(lines, /^Force response: Bad character/);
      expect(statuses(await analyseLines(format, edited, phase2))).toEqual({ r1: "answered", r2: "placeholder", r3: "answered" });
    });

    it("still matches a renumbered heading by its words when the text is this inspection's", async () => {
      const renumbered = lines.map((l) => l.replace(/^Recommendation 1:/, "Recommendation 7:"));
      expect(statuses(await analyseLines(format, renumbered, phase2))).toEqual({ r1: "answered", r2: "answered", r3: "answered" });
    });
  });
}
