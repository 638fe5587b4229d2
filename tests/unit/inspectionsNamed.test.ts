import { inspectionsNamed, otherInspectionNote } from "../../src/domain/coverage/named";
import { inspection } from "./coverage/fixtures";

const PHASE1 = inspection("cjji-rape-phase-1-2021");
const PHASE2 = inspection("cjji-rape-phase-2-2022");
const VAWG = inspection("hmicfrs-vawg-final-2021");
const ALL = [PHASE1, PHASE2, VAWG];

describe("which inspections a letter names", () => {
  it("finds an inspection by its full title, however the quotes, dashes, case and spacing were typed", () => {
    const typed = PHASE2.title.toUpperCase().replace(/'/g, "\u2019").replace(/ – /g, " \u2014  ");
    expect(inspectionsNamed(`Response to HMICFRS report: ${typed}.`, ALL)).toEqual([PHASE2.id]);
  });

  it("finds one by an HMICFRS portal reference of the inspection or of a recommendation", () => {
    expect(inspectionsNamed("Inspection Title: #21866", ALL)).toEqual([PHASE2.id]);
    expect(inspectionsNamed("1. #21912 - Immediately, police and prosecutors should…", ALL)).toEqual([PHASE2.id]);
    // A bare number, with no "#", is not read as a reference.
    expect(inspectionsNamed("We received 21866 reports.", ALL)).toEqual([]);
  });

  it("does not take a short or partial title as naming an inspection", () => {
    expect(inspectionsNamed("Our response to rape – phase one and two; the final report.", ALL)).toEqual([]);
  });
});

describe("the note when a letter is checked against another inspection than it names", () => {
  const letter = `Response to the report '${PHASE2.title}'`;

  it("names the inspections the letter names and the one it was checked against", () => {
    expect(otherInspectionNote(letter, PHASE1, ALL)).toBe(
      "The document names another inspection, “Response to rape – Phase two” (cjji-rape-phase-2-2022), and not “Response to rape – Phase one” (cjji-rape-phase-1-2021), which it was checked against: make sure it is the right inspection.",
    );
  });

  it("says nothing when the letter names the inspection checked, also beside others, or names none", () => {
    expect(otherInspectionNote(letter, PHASE2, ALL)).toBeNull();
    expect(otherInspectionNote(`${letter}, which follows '${PHASE1.title}'`, PHASE1, ALL)).toBeNull();
    expect(otherInspectionNote("Dear Chief Inspector, thank you for the report.", PHASE1, ALL)).toBeNull();
  });
});
