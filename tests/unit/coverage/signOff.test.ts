/** Where a letter is signed (signOff.ts): with a sign-off, or with the signatory's name and role alone at its end. */
import { findSignature } from "../../../src/domain/coverage/signOff";

/** A short letter of our own, without its signature. */
const body = [
  "Dear Chief Inspector",
  "This is my response, as Police and Crime Commissioner, under section 55 of the Police Act 1996.",
  "The force has put in place a new process for reviewing decisions, and I will monitor it at my quarterly accountability board.",
  "I look forward to the next phase of the inspection.",
];

describe("a letter signed with the signatory's name and role, no sign-off", () => {
  it.each([
    ["name, then role", ["Priya Shah", "Police and Crime Commissioner for Northvale"]],
    ["under a signature image's empty paragraph", ["", "Priya Shah  ", "", "Police and Crime Commissioner for Northvale"]],
    ["honorific and post-nominals", ["Dr Priya Shah OBE", "Police, Fire and Crime Commissioner for Northvale"]],
    ["a deputy mayor", ["Sam O'Neill-Hart", "Deputy Mayor for Policing and Crime"]],
    ["acting, with a full stop", ["Alex J. Morgan", "Acting Police and Crime Commissioner."]],
    ["name and role in one paragraph (a line break reads as a space)", ["Priya Shah Police and Crime Commissioner for Northvale"]],
    ["followed by the copy list", ["Priya Shah", "PCC for Northvale", "cc: HMICFRS", "The Home Secretary"]],
  ])("%s", (_, signature) => {
    const texts = [...body, ...signature];
    const found = findSignature(texts);
    expect(found).toMatchObject({ nameOnly: true });
    expect(texts[found!.role!]).toMatch(/Commissioner|Mayor|PCC/);
    expect(texts[found!.signOff]).toMatch(/Priya Shah|Sam O'Neill-Hart|Alex J\. Morgan/);
  });

  it.each([
    ["no name before the role", ["Police and Crime Commissioner for Northvale"]],
    ["a sentence naming the role", ["Priya Shah", "The Police and Crime Commissioner will publish this response on her website."]],
    ["a name and a role that is not the signatory's", ["Alex Morgan", "Chief Constable"]],
    ["the office, not a person", ["Office of the Police and Crime Commissioner", "Police and Crime Commissioner for Northvale"]],
    ["name and role before a long passage", ["Priya Shah", "Police and Crime Commissioner for Northvale", "Appendix: the force's own account of the work it has done since the report, with the dates each action was completed and who is responsible for it now."]],
    ["name and role followed by more than a few lines", ["Priya Shah", "Police and Crime Commissioner for Northvale", "Enc. 1", "Enc. 2", "Enc. 3", "Enc. 4", "Enc. 5"]],
  ])("not signed: %s", (_, ending) => {
    expect(findSignature([...body, ...ending])).toBeNull();
  });

  it("a letterhead naming the commissioner at the top is no signature", () => {
    expect(findSignature(["Priya Shah", "Police and Crime Commissioner for Northvale", ...body])).toBeNull();
  });

  it("a sign-off still comes first: its block is the signature, found as before", () => {
    const texts = [...body, "Yours sincerely", "Priya Shah", "Police and Crime Commissioner for Northvale"];
    expect(findSignature(texts)).toEqual({ signOff: 4, role: 6 });
  });
});
