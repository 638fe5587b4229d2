/** Untagged letters read as a reviewer reads them: headings end sections; one sentence can defer several recommendations. */
import { analyse } from "../../../src/domain/coverage";
import { textToSnapshot } from "../../../src/domain/docx";
import type { SnapshotParagraph } from "../../../src/domain/snapshot";
import { SAMPLE_DOCUMENT } from "../../../src/preview/page/sample";
import { inspection, statuses } from "./fixtures";

const phase1 = inspection("cjji-rape-phase-1-2021");
const rec = (n: number) => phase1.recommendations[n - 1].text;
const styled = (text: string, style = "Normal"): SnapshotParagraph => ({ text, style });
const report = (paragraphs: SnapshotParagraph[]) => analyse({ paragraphs, controls: [] }, phase1);

/** Recommendations 1 and 2 answered, recommendation 3 a heading with nothing under it, then `after`. */
function letter(after: SnapshotParagraph[]): SnapshotParagraph[] {
  return [
    styled("Dear Inspector,"),
    styled("Recommendation 1", "Heading 2"),
    styled(rec(1), "Quote"),
    styled("Our crime system now refuses to close a report until the victim's details are complete, and we audit it monthly."),
    styled("Recommendation 2", "Heading 2"),
    styled(rec(2), "Quote"),
    styled("Officers and the local advisory services now meet every six weeks and use one referral form."),
    styled("Recommendation 3", "Heading 2"),
    styled(rec(3), "Quote"),
    ...after,
    styled("Yours sincerely,"),
  ];
}

describe("headings end a recommendation's section", () => {
  it.each(["Heading 1", "Heading 2", "Title"])("does not read text under a following %s as the answer", (style) => {
    const r = report(letter([styled("Our wider work with partners", style), styled("We have opened two new sexual assault referral suites this year and recruited more advisers.")]));
    expect(statuses(r)).toMatchObject({ r1: "answered", r2: "answered", r3: "placeholder" });
  });

  it("keeps reading a response under its own sub-heading", () => {
    const r = report(letter([styled("Progress so far", "Heading 3"), styled("Withdrawal is now recorded with a reason code at every stage and reported each quarter.")]));
    expect(r.items[2].status).toBe("answered");
  });

  it("keeps reading a response introduced by a 'Force response' heading", () => {
    const r = report(letter([styled("Force response", "Heading 2"), styled("Withdrawal is now recorded with a reason code at every stage and reported each quarter.")]));
    expect(r.items[2].status).toBe("answered");
  });

  it.each(["RECOMMENDATIONS FOR NATIONAL BODIES", "## Next steps", "Appendix A"])("ends a section at a plain-text heading %p", (heading) => {
    const text = ["Recommendation 1", rec(1), "The registrar audits a sample of reports every month.", "Recommendation 2", rec(2), "", heading, "We will report on our progress to the police and crime panel in the spring."];
    expect(statuses(analyse(textToSnapshot(text.join("\n")), phase1))).toMatchObject({ r1: "answered", r2: "placeholder" });
  });
});

describe("one sentence deferring several recommendations", () => {
  const deferral = (sentence: string) => [styled("Recommendations for national bodies", "Heading 2"), styled(sentence)];

  it.each([
    ["Recommendations 8, 9, 10, 11 and 13 are addressed to national bodies (the justice board, the CPS, the College and the Home Office). We will await their findings and act on any that apply to us.", ["r8", "r9", "r10", "r11", "r13"]],
    ["Recommendations 8 to 11 are for national bodies. We await the outcome of their reviews.", ["r8", "r9", "r10", "r11"]],
    ["Recommendations 8–11 and 13 are a matter for the Home Office and the College of Policing.", ["r8", "r9", "r10", "r11", "r13"]],
    ["We await the national guidance that will follow recommendations 8, 9 and 10.", ["r8", "r9", "r10"]],
  ])("reads %p as a deferred response to each one it names", (sentence, named) => {
    const r = report(letter(deferral(sentence)));
    for (const item of r.items) {
      const expected = named.includes(item.recId) ? "deferred" : item.number <= 2 ? "answered" : item.number === 3 ? "placeholder" : "missing";
      expect({ rec: item.recId, status: item.status }).toEqual({ rec: item.recId, status: expected });
      // Read from a list: moderately sure, never certain.
      if (named.includes(item.recId)) expect(item.confidence).toBeLessThanOrEqual(0.75);
    }
  });

  it("does not defer recommendations the sentence names without handing them to anyone", () => {
    const r = report(letter(deferral("Recommendations 8 to 11 were discussed at length by the scrutiny panel in June.")));
    expect(statuses(r)).toMatchObject({ r8: "missing", r9: "missing", r10: "missing", r11: "missing" });
  });

  it("does not defer recommendations said to be for the force itself", () => {
    const r = report(letter(deferral("Recommendations 4 to 7 are addressed to police forces, and the Chief Constable will report on them next month.")));
    expect(statuses(r)).toMatchObject({ r4: "missing", r5: "missing", r6: "missing", r7: "missing" });
  });

  it("does not let the deferral of other recommendations answer the heading above it", () => {
    const paras = letter([styled("Recommendations 8 to 11 are addressed to the Home Office and the College of Policing; we await their findings.")]);
    expect(statuses(report(paras))).toMatchObject({ r3: "placeholder", r8: "deferred", r11: "deferred" });
  });

  it("keeps a recommendation's own answer when a later sentence also defers it", () => {
    const paras = [
      styled("Recommendation 8", "Heading 2"),
      styled(rec(8), "Quote"),
      styled("We sit on the regional board and have offered our governance review to its members as a model."),
      ...deferral("Recommendations 8 to 11 are addressed to national bodies; we await their findings."),
    ];
    const r = report(paras);
    expect(r.items[7]).toMatchObject({ status: "answered", location: { paragraphIndex: 0 } });
    expect(statuses(r)).toMatchObject({ r9: "deferred", r10: "deferred", r11: "deferred" });
  });
});

describe("the preview's sample letter", () => {
  it("reads as the sample says: 1–3 answered, 4 and 5 placeholders, 6, 7 and 12 missing, the national ones deferred", () => {
    const paragraphs = (SAMPLE_DOCUMENT.body ?? []).map((b): SnapshotParagraph => {
      if (typeof b === "string") return { text: b };
      if ("p" in b) return { text: b.p, style: b.style };
      throw new Error("the sample has only paragraphs");
    });
    const r = analyse({ paragraphs, controls: [] }, phase1);
    const expected: Record<string, string> = { r1: "answered", r2: "answered", r3: "answered", r4: "placeholder", r5: "placeholder", r6: "missing", r7: "missing", r12: "missing" };
    for (const id of ["r8", "r9", "r10", "r11", "r13"]) expected[id] = "deferred";
    expect(statuses(r)).toEqual(expected);
  });
});
