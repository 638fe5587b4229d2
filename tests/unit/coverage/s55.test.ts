/**
 * The s.55(5B) test: an answer must say what has been or will be done, or why nothing will be.
 * Every answer here is our own writing, in the shapes OPCC letters use.
 */
import { analyse } from "../../../src/domain/coverage";
import { explainsActionOrReason } from "../../../src/domain/coverage/s55";
import { responseTag, sectionTag } from "../../../src/domain/tags";
import { inspection } from "./fixtures";

const acknowledgesOnly = [
  "Noted.",
  "We welcome this recommendation.",
  "The Constabulary is aware of this recommendation.",
  "We do not accept this recommendation.",
  "This will be considered.",
  "The PCC notes the recommendation.",
  "The recommendation is accepted.",
  "We are considering this recommendation.",
  "The force will consider this recommendation and respond in due course.",
  "I have been assured.",
  "We note the recommendation to review the current process.",
  "The Commissioner welcomes the report and its findings.",
  "This is something we will look at.",
  "Police forces should collect data on why victims withdraw.",
  "The force agrees with this recommendation.",
  "This recommendation is supported by the PCC.",
  "We acknowledge the importance of this recommendation.",
  "The Chief Constable has noted the recommendation.",
  "The PCC is committed to improving outcomes for victims.",
  "The report published in July 2021 was received by my office.",
];

const explains = [
  "This is already in place.",
  "The Constabulary complies with these points.",
  "We are reviewing our detective accreditation and will provide refresher courses.",
  "A new policy was introduced in March 2022.",
  "The force has set up a working group.",
  "Work is under way to improve the recording of data.",
  "We will publish the figures every April.",
  "We do not accept this recommendation because the force already records this information at first contact.",
  "This recommendation is for the Home Office; the force awaits its guidance.",
  "No action will be taken as the force does not operate its own custody suites.",
  "Our officers record protected characteristics at first contact.",
  "My office attends the monthly scrutiny board where progress is monitored.",
  "Victims are now called by a named officer within two days of charge.",
  "Bad character is always considered in rape investigations.",
  "The force plans to train all investigators by March 2023.",
  "This recommendation does not apply to the force, which has no specialist unit.",
  "Significant work is being undertaken with the CPS.",
  "We welcome this recommendation and will implement it in full by the end of the year.",
  "Noted. A named officer now contacts every victim within 24 hours.",
];

describe("the s.55(5B) test for one answer", () => {
  it.each(acknowledgesOnly)("%s — gives no action and no reason", (text) => {
    expect(explainsActionOrReason(text)).toEqual({ explains: false, evidence: "" });
  });

  it.each(explains)("%s — explains an action or a reason", (text) => {
    const verdict = explainsActionOrReason(text);
    expect(verdict.explains).toBe(true);
    expect(verdict.evidence).not.toBe("");
  });
});

describe("coverage warns, and keeps the status", () => {
  const phase2 = inspection("cjji-rape-phase-2-2022");
  const id = phase2.id;
  const section = (rec: string, answer: string) => [
    { text: `Recommendation ${rec.slice(1)}`, controlTags: [sectionTag(id, rec)] },
    { text: answer, controlTags: [sectionTag(id, rec), responseTag(id, rec)] },
  ];
  const control = (rec: string, text: string) => ({ tag: responseTag(id, rec), title: "", text, placeholderText: "" });

  it("an answer that only acknowledges is answered, with a warning; the others have none", () => {
    const answers = { r1: "Noted.", r2: "The force has set up a joint case review panel with the CPS.", r3: "This recommendation is for the CPS to lead; we await its framework." };
    const report = analyse(
      {
        paragraphs: Object.entries(answers).flatMap(([rec, text]) => section(rec, text)),
        controls: Object.entries(answers).flatMap(([rec, text]) => [{ tag: sectionTag(id, rec), title: "", text, placeholderText: "" }, control(rec, text)]),
      },
      phase2,
    );
    const byRec = Object.fromEntries(report.items.map((i) => [i.recId, i]));
    expect(byRec.r1).toMatchObject({ status: "answered", warnings: [{ code: "no-action-or-reason", message: expect.stringMatching(/s\.55\(5B\)/) }] });
    expect(byRec.r2.warnings).toBeUndefined();
    expect(byRec.r3).toMatchObject({ status: "deferred" });
    expect(byRec.r3.warnings).toBeUndefined();
  });
});
