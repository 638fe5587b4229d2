/**
 * Names and details as tagged fields (issue 13): after a change in Settings, only the add-in's
 * field controls change; every other line of the letter, and what the office typed, stays.
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeResponse } from "../../src/domain/compose";
import { fieldUpdates } from "../../src/domain/fields";
import { responseTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { NORTHVALE } from "../support/exampleOffice";
import { setupWordHost } from "../support/wordHost";
import { controlsTagged, outline, responseText } from "./outline";

const inspection = parseCatalog(catalog).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const narrative = builtInStyles.find((s) => s.id === "narrative-letter")!;
const today = new Date(2022, 2, 10, 9, 0);
const renamed = {
  ...NORTHVALE,
  signatory: "Sam Okafor",
  signatoryRole: "Deputy Police and Crime Commissioner for Northvale",
  officeAddress: "Northvale House\nMarket Square\nNorthvale NV1 1AA",
};

async function drafted() {
  const setup = setupWordHost({}, { body: [""] });
  const port = createOfficeWordPort();
  await port.insertPlan(composeResponse(inspection, narrative, NORTHVALE, { today }), "end");
  const response = controlsTagged(setup.model, responseTag(inspection.id, "r1"))[0];
  const first = response.children[0];
  if (first.kind !== "paragraph") throw new Error("a response starts with a paragraph");
  // The office typed the PCC's name into an answer themselves: not a field, never changed.
  setup.model.setParagraphText(first.id, `${NORTHVALE.signatory} has asked the force for a plan.`);
  return { ...setup, port };
}

describe("updating names and details in the document", () => {
  it("changes only the field controls' text, in one Word.run of two round trips", async () => {
    const { model, host, port } = await drafted();
    const before = outline(model);
    const { controls } = await port.readSnapshot("sections");
    const { updates, places } = fieldUpdates(controls, renamed);
    // The signatory and the role under it (the address line was not in the letter: it had none).
    expect(places).toBe(2);
    host.resetCounters();
    expect(await port.updateFields(updates)).toEqual({ updated: 2, skipped: 0 });
    expect(host.requestLog.filter((r) => !r.cleanup).length).toBe(2);
    const after = outline(model);
    const changed = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b);
    expect(after.length).toBe(before.length);
    expect(changed.map(([a, b]) => [a.trim(), b.trim()])).toEqual([
      ["Normal: Jordan Reyes", "Normal: Sam Okafor"],
      ["Normal: Police and Crime Commissioner for Northvale", "Normal: Deputy Police and Crime Commissioner for Northvale"],
    ]);
    expect(responseText(model, responseTag(inspection.id, "r1"))).toEqual([`${NORTHVALE.signatory} has asked the force for a plan.`]);
    // Read again: nothing left to update.
    expect(fieldUpdates((await port.readSnapshot("sections")).controls, renamed).places).toBe(0);
  });

  it("puts a multi-line value back as one paragraph per line", async () => {
    const withAddress = composeResponse(inspection, narrative, { ...NORTHVALE, officeAddress: "Old House\nOld Street" }, { today });
    // A letter drafted with an address: its field holds two paragraphs.
    const fresh = setupWordHost({}, { body: [""] });
    await createOfficeWordPort().insertPlan(withAddress, "end");
    const { controls } = await createOfficeWordPort().readSnapshot("sections");
    const { updates } = fieldUpdates(controls, renamed);
    await createOfficeWordPort().updateFields(updates);
    const lines = outline(fresh.model).map((l) => l.trim());
    expectInOrder(lines, ["Normal: Northvale House", "Normal: Market Square", "Normal: Northvale NV1 1AA"]);
    expect(lines).not.toContain("Normal: Old House");
  });

  it("with nothing to change, touches nothing", async () => {
    const { model, port } = await drafted();
    const before = outline(model);
    const { updates, places } = fieldUpdates((await port.readSnapshot("sections")).controls, NORTHVALE);
    expect(places).toBe(0);
    expect(await port.updateFields(updates)).toEqual({ updated: 0, skipped: 0 });
    expect(outline(model)).toEqual(before);
  });
});

function expectInOrder(actual: string[], expected: string[]): void {
  let at = 0;
  for (const e of expected) {
    const found = actual.indexOf(e, at);
    expect({ line: e, found: found >= 0 }).toEqual({ line: e, found: true });
    at = found + 1;
  }
}
