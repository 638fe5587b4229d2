/**
 * Text the office has not written is never an answer: prompts left in, the default deferral as
 * inserted, other standard wording as inserted (issue 13).
 */
import { analyse } from "../../../src/domain/coverage";
import { promptsLeft, standardWordingLibrary, uneditedWording } from "../../../src/domain/coverage/standardWording";
import { responseTag, sectionTag } from "../../../src/domain/tags";
import { builtInWording, fillWording, findWording } from "../../../src/domain/wording";
import { inspection } from "./fixtures";

const library = standardWordingLibrary(builtInWording);
const phase2 = inspection("cjji-rape-phase-2-2022");
const settings = { forceName: "Northvale Police", pccTitle: "Police and Crime Commissioner for Northvale" };
const filled = (id: string) => fillWording(findWording(builtInWording, id)!, { settings, inspection: phase2, recommendation: phase2.recommendations[0] }).text;

/** A document with our three tagged sections, each response as given. */
function report(answers: Record<string, string>) {
  const id = phase2.id;
  const recs = Object.keys(answers);
  return analyse(
    {
      paragraphs: recs.flatMap((rec) => [
        { text: `Recommendation ${rec.slice(1)}`, controlTags: [sectionTag(id, rec)] },
        { text: answers[rec], controlTags: [sectionTag(id, rec), responseTag(id, rec)] },
      ]),
      controls: recs.flatMap((rec) => [
        { tag: sectionTag(id, rec), title: "", text: answers[rec], placeholderText: "" },
        { tag: responseTag(id, rec), title: "", text: answers[rec], placeholderText: "" },
      ]),
    },
    phase2,
  );
}

describe("standard wording in answers", () => {
  it("finds the prompts the wording's authors wrote, a missing value's marker, and instructions in brackets", () => {
    expect(promptsLeft(filled("response-not-accepted"), library)).toEqual(["[give the reason]"]);
    expect(promptsLeft("This recommendation is addressed to the Home Office, not to [Force name].", library)).toEqual(["[Force name]"]);
    expect(promptsLeft("We will act by [insert date].", library)).toEqual(["[insert date]"]);
    // Brackets that are the office's own words are not prompts.
    expect(promptsLeft("The policy [revised 2023] is now in force.", library)).toEqual([]);
  });

  it("recognises wording exactly as inserted, whatever the placeholders were filled with, and nothing edited", () => {
    expect(uneditedWording(filled("response-accepted-plan"), library)).toBe("response-accepted-plan");
    expect(uneditedWording(filled("response-addressed-elsewhere"), library)).toBe("response-addressed-elsewhere");
    expect(uneditedWording(`${filled("response-accepted-plan")} The plan was agreed on 3 May.`, library)).toBeNull();
    expect(uneditedWording("The force has set up a joint case review panel.", library)).toBeNull();
  });

  it("a prompt left in makes the answer a placeholder; the default deferral and other wording as inserted need attention", () => {
    const r = report({
      r1: filled("response-not-accepted"),
      r2: filled("response-addressed-elsewhere"),
      r3: filled("response-accepted-plan"),
    });
    const [r1, r2, r3] = r.items;
    expect(r1).toMatchObject({ status: "placeholder", warnings: [{ code: "prompt-left" }] });
    expect(r2).toMatchObject({ status: "deferred", warnings: [{ code: "default-deferral" }] });
    expect(r3).toMatchObject({ status: "answered", warnings: [{ code: "unedited-wording" }] });
    expect(r.breakdown).toEqual({ answered: 0, deferred: 0, "not-reviewed": 1, attention: 1, placeholder: 1, missing: 0 });
  });

  it("the force's-voice default deferral (Home Secretary letter style), unedited, is deferred but not reviewed, like the PCC's", () => {
    const force = filled("response-addressed-elsewhere-force");
    expect(uneditedWording(force, library)).toBe("response-addressed-elsewhere-force");
    const r = report({ r1: force, r2: `${force} Our victims' services lead will brief the board when the framework is published.` });
    expect(r.items[0]).toMatchObject({ status: "deferred", warnings: [{ code: "default-deferral", message: expect.stringMatching(/^Deferred with the standard wording, not yet reviewed/) }] });
    // Edited into the office's own words, it is no longer the standard wording.
    expect(r.items[1].warnings).toBeUndefined();
    expect(r.breakdown).toMatchObject({ "not-reviewed": 1, attention: 0 });
  });

  it("wording the office completed counts, with nothing to look at", () => {
    const r = report({
      r1: filled("response-not-accepted").replace("[give the reason]", "the force already reviews every rape case at the point of charge"),
      r2: `${filled("response-addressed-elsewhere")} Our victims' services lead will brief the board when the framework is published.`,
    });
    expect(r.items.map((i) => [i.status, i.warnings])).toEqual([
      ["answered", undefined],
      // Its own sentence of action makes it an answer, not only a deferral.
      ["answered", undefined],
      ["missing", undefined],
    ]);
    expect(r.breakdown).toEqual({ answered: 2, deferred: 0, "not-reviewed": 0, attention: 0, placeholder: 0, missing: 1 });
  });
});
