/**
 * Names inside sentences (issue 13): after a change in Settings, the old names in the add-in's own
 * letter blocks and wording are replaced word for word; the office's answers, and the names the
 * office typed there, stay as they are.
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeResponse } from "../../src/domain/compose";
import { fieldUpdates } from "../../src/domain/fields";
import { standardWordingLibrary, uneditedWording } from "../../src/domain/coverage/standardWording";
import { nameEditsIn, nameUpdate, valuesInDocument } from "../../src/domain/names";
import { builtInWording } from "../../src/domain/wording";
import type { OfficeSettings } from "../../src/domain/settings";
import { responseTag, wordingTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { NORTHVALE } from "../support/exampleOffice";
import { setupWordHost } from "../support/wordHost";
import { controlsTagged, outline, responseText } from "./outline";

const inspection = parseCatalog(catalog).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const narrative = builtInStyles.find((s) => s.id === "narrative-letter")!;
const today = new Date(2022, 2, 10, 9, 0);

async function drafted(settings: Partial<OfficeSettings> = NORTHVALE) {
  const setup = setupWordHost({}, { body: [""] });
  const port = createOfficeWordPort();
  await port.insertPlan(composeResponse(inspection, narrative, settings, { today }), "end");
  const response = controlsTagged(setup.model, responseTag(inspection.id, "r1"))[0];
  const first = response.children[0];
  if (first.kind !== "paragraph") throw new Error("a response starts with a paragraph");
  setup.model.setParagraphText(first.id, "Northvale Police has asked the force for a plan.");
  return { ...setup, port };
}

/** What the pane offers, from the same read it makes. */
async function offer(port: ReturnType<typeof createOfficeWordPort>, earlier: Array<Partial<OfficeSettings>>, now: Partial<OfficeSettings>) {
  const { controls } = await port.readSnapshot("sections");
  const fields = fieldUpdates(controls, now);
  const update = nameUpdate(earlier, now, valuesInDocument(controls, builtInWording));
  const standard = standardWordingLibrary(builtInWording);
  const named = nameEditsIn(controls, update, (answer) => uneditedWording(answer, standard) !== null);
  return { fields, update, named, names: { tags: named.tags, update, answers: named.answers } };
}

const changedLines = (before: string[], after: string[]) =>
  before.map((line, i) => [line.trim(), after[i].trim()]).filter(([a, b]) => a !== b);

describe("updating names inside the add-in's sentences", () => {
  it("replaces the old force name and PCC title word for word, leaving typed answers alone", async () => {
    const { model, host, port } = await drafted();
    const renamed = { ...NORTHVALE, forceName: "Northvale Constabulary", pccTitle: "Police, Fire and Crime Commissioner for Northvale" };
    const before = outline(model);
    const { fields, named, names } = await offer(port, [NORTHVALE], renamed);
    expect(named.places).toBeGreaterThan(0);
    host.resetCounters();
    const result = await port.updateFields(fields.updates, names);
    expect(result).toEqual({ updated: named.places + fields.places, skipped: 0 });
    // Constant round trips whatever the letter's length: controls, paragraphs, finds, writes.
    expect(host.requestLog.filter((r) => !r.cleanup).length).toBeLessThanOrEqual(4);
    const after = outline(model);
    expect(after.length).toBe(before.length);
    const changed = changedLines(before, after);
    for (const [was, now] of changed) {
      // Only the names changed: take them out and the lines are the same.
      const strip = (s: string) => s.replace(/Northvale Constabulary|Northvale Police|Police, Fire and Crime Commissioner for Northvale|Police and Crime Commissioner for Northvale/g, "<name>");
      expect(strip(now)).toBe(strip(was));
      expect(now).not.toMatch(/Northvale Police|Police and Crime Commissioner/);
    }
    expect(changed.some(([, now]) => now.includes("Chief Constable of Northvale Constabulary"))).toBe(true);
    expect(changed.some(([, now]) => now.includes("as Police, Fire and Crime Commissioner for Northvale,"))).toBe(true);
    expect(responseText(model, responseTag(inspection.id, "r1"))).toEqual(["Northvale Police has asked the force for a plan."]);
    // Read again: nothing left.
    const again = await offer(port, [NORTHVALE], renamed);
    expect(again.named.places + again.fields.places).toBe(0);
  });

  it("changes a police area on its own in approved wording, never inside a force name or title that still holds", async () => {
    const { model, port } = await drafted();
    const starter = controlsTagged(model, responseTag(inspection.id, "r2"))[0].children[0];
    if (starter.kind !== "paragraph") throw new Error("a response starts with a paragraph");
    model.setCursor(starter.id);
    const text = "Victims in Northvale are supported by a service my office funds. Northvale Police and the Police and Crime Commissioner for Northvale will check it works for Northvale.";
    await port.insertWording({ kind: "control", tag: wordingTag("victims-support", 1), title: "Victim support", children: [{ kind: "paragraph", text, style: "Normal" }] }, { at: "response", responseTag: responseTag(inspection.id, "r2") });
    const widened = { ...NORTHVALE, policeArea: "Northvale and Eastshire" };
    const before = outline(model);
    const { fields, named, names } = await offer(port, [NORTHVALE], widened);
    expect(named.places).toBeGreaterThan(0);
    await port.updateFields(fields.updates, names);
    expect(named.places).toBe(2);
    expect(changedLines(before, outline(model))).toEqual([
      [
        `Normal: ${text}`,
        "Normal: Victims in Northvale and Eastshire are supported by a service my office funds. Northvale Police and the Police and Crime Commissioner for Northvale will check it works for Northvale and Eastshire.",
      ],
    ]);
    // A second update finds nothing: "Northvale and Eastshire" is not read as "Northvale" again.
    expect((await offer(port, [NORTHVALE], widened)).named.places).toBe(0);
  });

  it("finds the old names in the add-in's own wording on a machine that never had the old settings", async () => {
    const { model, port } = await drafted();
    const renamed = { ...NORTHVALE, forceName: "Northvale Constabulary", pccTitle: "Police, Fire and Crime Commissioner for Northvale" };
    const before = outline(model);
    // No earlier settings at all: a colleague opens the draft on their own machine.
    const { fields, named, names } = await offer(port, [], renamed);
    expect(named.places).toBeGreaterThan(0);
    await port.updateFields(fields.updates, names);
    const after = outline(model);
    expect(after.some((l) => l.includes("as Police, Fire and Crime Commissioner for Northvale,"))).toBe(true);
    expect(after.some((l) => l.includes("Chief Constable of Northvale Constabulary"))).toBe(true);
    // Only names changed, and the typed answer stayed.
    const strip = (t: string) => t.replace(/Northvale Constabulary|Northvale Police|Police, Fire and Crime Commissioner for Northvale|Police and Crime Commissioner for Northvale/g, "<name>");
    expect(after.map(strip)).toEqual(before.map(strip));
    expect(responseText(model, responseTag(inspection.id, "r1"))).toEqual(["Northvale Police has asked the force for a plan."]);
  });

  it("leaves a default answer the office edited after the pane read it", async () => {
    const { model, port } = await drafted();
    const renamed = { ...NORTHVALE, forceName: "Northvale Constabulary" };
    const { fields, named, names } = await offer(port, [NORTHVALE], renamed);
    const answered = Object.keys(named.answers);
    expect(answered.length).toBeGreaterThan(0);
    // Between the offer and the click, the office rewrites one default answer in its own words.
    const edited = controlsTagged(model, answered[0])[0].children[0];
    if (edited.kind !== "paragraph") throw new Error("an answer holds paragraphs");
    model.setParagraphText(edited.id, "Northvale Police will not act on this: it is for the CPS.");
    const result = await port.updateFields(fields.updates, names);
    expect(responseText(model, answered[0])).toEqual(["Northvale Police will not act on this: it is for the CPS."]);
    expect(result.skipped).toBe(0);
    // The other default answers followed the new name.
    for (const tag of answered.slice(1)) expect(responseText(model, tag)!.join(" ")).toContain("not to Northvale Constabulary or to me");
  });

  it("fills a name that was not set when the letter was drafted", async () => {
    const { model, port } = await drafted({ ...NORTHVALE, forceName: "" });
    expect(outline(model).some((l) => l.includes("[force name]"))).toBe(true);
    const { fields, names } = await offer(port, [], NORTHVALE);
    await port.updateFields(fields.updates, names);
    // The letter and the default answers (the add-in's text, as inserted) now name the force.
    const letter = outline(model);
    expect(letter.filter((l) => l.includes("[force name]"))).toEqual([]);
    expect(letter.filter((l) => l.includes("not to Northvale Police or to me")).length).toBeGreaterThan(0);
    expect(letter.some((l) => l.includes("Chief Constable of Northvale Police"))).toBe(true);
  });
});
