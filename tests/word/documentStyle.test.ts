/**
 * "Insert missing sections" puts a section back in the house style of the sections already in the
 * document (issue 13): what the adapter reads of the add-in's sections is enough to tell the style,
 * on every host profile, after a section was removed and whatever style is chosen in the pane.
 */
import { builtInStyles, composeResponse, findStyle } from "../../src/domain/compose";
import { documentSectionStyle } from "../../src/domain/compose/documentStyle";
import { sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { NORTHVALE } from "../support/exampleOffice";
import { setupWordHost } from "../support/wordHost";
import { inspections } from "./plans";

const phaseOne = inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const today = new Date(2021, 7, 20);

describe.each(builtInStyles.map((s) => [s.id] as const))("a response drafted in %s", (styleId) => {
  it("is recognised from its sections, after recommendation 2's section was removed", async () => {
    setupWordHost({}, { body: [""] });
    const port = createOfficeWordPort();
    await port.insertPlan(composeResponse(phaseOne, findStyle(styleId)!, NORTHVALE, { today }), "end", phaseOne);
    await port.removeSection(sectionTag(phaseOne.id, "r2"));
    const sections = await port.readSnapshot("sections");
    expect(sections.controls.some((c) => c.tag === sectionTag(phaseOne.id, "r2"))).toBe(false);
    expect(documentSectionStyle(sections, phaseOne, builtInStyles, NORTHVALE, { today })).toBe(styleId);
  });
});

it("tells nothing when the document holds no section of the inspection", async () => {
  setupWordHost({}, { body: ["Dear Home Secretary,"] });
  const sections = await createOfficeWordPort().readSnapshot("sections");
  expect(documentSectionStyle(sections, phaseOne, builtInStyles, NORTHVALE, { today })).toBeNull();
});
