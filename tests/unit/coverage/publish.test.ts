/** "Ready to publish?": everything between a draft and publication, and green only when nothing is left. */
import { analyse } from "../../../src/domain/coverage";
import { publicationCheck } from "../../../src/domain/coverage/publish";
import { textToSnapshot } from "../../../src/domain/docx";
import { inspection } from "./fixtures";

const phase2 = inspection("cjji-rape-phase-2-2022");
const [r1, r2, r3] = phase2.recommendations;
const today = new Date(2022, 3, 1);

/** A complete letter of our own writing, answering each recommendation with an action. */
const complete = [
  "The Home Secretary",
  "Home Office",
  "1 April 2022",
  "Dear Home Secretary",
  "This is the response of the Police and Crime Commissioner under section 55 of the Police Act 1996.",
  `1. ${r1.text}`,
  "The force now calls every victim within two days of charge, and the victims' hub audits the calls monthly.",
  `2. ${r2.text}`,
  "A joint panel with the CPS has reviewed bad character in every rape case since January.",
  `3. ${r3.text}`,
  "Officers now offer the victim personal statement at the first meeting and again before trial.",
  "Yours sincerely",
  "Jordan Reyes",
  "Police and Crime Commissioner for Northvale",
  "Copies: HMICFRS; the Chief Constable.",
];

function check(lines: string[], when = today) {
  const snapshot = textToSnapshot(lines.join("\n"));
  return publicationCheck(snapshot, phase2, analyse(snapshot, phase2), when);
}

describe("Ready to publish?", () => {
  it("is green for a complete letter with every recommendation answered", () => {
    const result = check(complete);
    expect(result.items).toEqual([]);
    expect(result.ready).toBe(true);
  });

  it("lists what stands in the way, each with where it is", () => {
    const draft = complete
      .filter((l) => l !== "1 April 2022" && l !== "Yours sincerely" && !l.startsWith("Copies"))
      .map((l) => (l.startsWith("A joint panel") ? "Noted." : l.startsWith("Officers now") ? "[give the reason]" : l));
    draft.splice(4, 0, "Our office is at [PCC name].");
    const result = check(draft);
    expect(result.ready).toBe(false);
    // Recommendation 2 gives no action; recommendation 3 is only the prompt (a placeholder with a warning).
    expect(result.items.map((i) => i.code).sort()).toEqual(["no-copy-hmicfrs", "no-date", "no-signature", "prompt", "warning", "warning"].sort());
    const prompt = result.items.find((i) => i.code === "prompt")!;
    expect(prompt.message).toMatch(/\[PCC name\]/);
    expect(draft[prompt.location!.paragraphIndex!]).toMatch(/\[PCC name\]/);
    expect(result.items.find((i) => i.code === "warning")).toMatchObject({ recId: r2.id, message: expect.stringMatching(/No action or reason given/) });
  });

  it("says when the 56-day deadline has passed", () => {
    const result = check(complete, new Date(2022, 11, 1));
    expect(result.deadline.overdue).toBe(true);
    expect(result.items.map((i) => i.code)).toEqual(["overdue"]);
  });

  it("asks for a copy to the Home Secretary when the letter is not addressed to her", () => {
    const result = check(complete.slice(2).map((l) => (l === "Dear Home Secretary" ? "Dear Chief Inspector" : l)));
    expect(result.items.map((i) => i.code)).toEqual(["no-copy-home-secretary"]);
  });
});
