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

/**
 * Actions named by verbs that also acknowledge ("agreed", "signed", "approved", "published"), and
 * past-tense verbs of things done, several phrasings a family. Each must pass.
 */
const actionFamilies: Record<string, string[]> = {
  "a rule now in force": [
    "Force response: rape reports now cannot be closed until the victim's details are complete.",
    "A case can no longer be filed without a supervisor's review.",
    "Files may now only be closed by an inspector.",
  ],
  agreed: [
    "The force and the local CPS team agreed a joint protocol in spring covering early advice and regular case meetings.",
    "We agreed a timetable with the CPS for reviewing every case file.",
    "A protocol has been agreed with the council's housing team.",
    "The terms of reference were agreed by both partners in October.",
    "The board will agree a revised delivery plan at its next meeting.",
    "My office and the force have agreed on a single referral pathway.",
  ],
  signed: [
    "The PCC and the Chief Constable signed a memorandum of understanding with the health board.",
    "The Chief Constable signed off the revised policy last month.",
    "We have signed up to the regional victims' charter.",
    "An information-sharing agreement was signed by all three agencies.",
  ],
  approved: [
    "The board has approved the business case for two new posts.",
    "The force approved a new policy on early advice.",
    "The revised strategy was approved by the executive in January.",
  ],
  published: [
    "The force published its improvement plan in September.",
    "We publish the figures on our website each quarter.",
    "The updated guidance was published to all officers in May.",
  ],
  "set up, launched, commissioned, appointed, adopted": [
    "A scrutiny panel was set up last year.",
    "We launched a victim survey in April.",
    "My office commissioned an independent review of case files.",
    "A lead officer was appointed to oversee the changes.",
    "The force adopted the national framework this year.",
  ],
  "made, secured, began, met": [
    "The force created a dedicated team for these investigations.",
    "The OPCC secured funding for two more advocates.",
    "Training for all investigators began in May.",
    "The new panel met for the first time in March.",
    "The steering group met monthly throughout the year.",
    "I raised this with the Chief Constable at the performance board.",
    "I asked the Chief Constable to report progress to my board every quarter.",
  ],
};

/**
 * The same verbs with nothing done: agreeing to think about it, agreeing with the recommendation,
 * signing up to its aims, considering making something. Each is flagged: a reader learns no
 * action taken or planned. "Agreed to consider" is a decision to consider, not an action on the
 * recommendation; "will consider agreeing a protocol" makes the protocol only a possibility.
 */
const evasiveWithActionVerbs = [
  "We have agreed to consider this.",
  "We have agreed to look at this.",
  "We agreed with the recommendation.",
  "We agree with the recommendation that a new protocol is needed.",
  "We agreed that this is important.",
  "We have agreed.",
  "This has been agreed.",
  "The recommendation was agreed by the board.",
  "The PCC endorses the report and its recommendations.",
  "We have signed up to the principles of the recommendation.",
  "We will consider agreeing a protocol with the CPS.",
  "The force is exploring setting up a joint panel.",
  "HMICFRS published its report in July.",
  "This must now be considered by the board.",
];

describe("actions named by verbs that can also only acknowledge", () => {
  for (const [family, answers] of Object.entries(actionFamilies)) {
    it.each(answers)(`${family}: %s — passes`, (text) => {
      const verdict = explainsActionOrReason(text);
      expect(verdict.explains).toBe(true);
      expect(verdict.evidence).not.toBe("");
    });
  }

  it.each(evasiveWithActionVerbs)("%s — flagged: the verb names no action here", (text) => {
    expect(explainsActionOrReason(text)).toEqual({ explains: false, evidence: "" });
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
