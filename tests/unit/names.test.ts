/** Names inside the add-in's sentences (issue 13): which words an update of the settings replaces. */
import fc from "fast-check";
import { fieldTag } from "../../src/domain/fields";
import { isNameScope, nameEditsIn, nameUpdate, paragraphEdits, rememberSettings, searchTextFor, valuesInDocument, NAME_HISTORY_LIMIT } from "../../src/domain/names";
import type { OfficeSettings } from "../../src/domain/settings";
import { NORTHVALE } from "../support/exampleOffice";

const BEFORE: Partial<OfficeSettings> = NORTHVALE;

/** What the document shows after the edits, applied as Word would (last first). */
const apply = (text: string, edits: ReturnType<typeof paragraphEdits>) => edits.reduce((t, e) => t.slice(0, e.start) + e.to + t.slice(e.start + e.from.length), text);

describe("nameUpdate", () => {
  it("maps each earlier value to today's, and a draft's marker to the value now set", () => {
    const now = { ...BEFORE, pccName: "Sam Okafor", signatory: "Sam Okafor", forceName: "" };
    const { changes } = nameUpdate([BEFORE], now);
    expect(changes).toContainEqual({ from: "Jordan Reyes", to: "Sam Okafor" });
    expect(changes).toContainEqual({ from: "[PCC name]", to: "Sam Okafor" });
    // A value cleared in Settings shows as its marker again, so Ready to publish flags it.
    expect(changes).toContainEqual({ from: "Northvale Police", to: "[force name]" });
    expect(changes.find((c) => c.from === "[force name]")).toBeUndefined();
  });

  it("leaves an old value that is still one of today's values, or that would become two things", () => {
    // The old PCC's name is now the signatory's (a deputy signs): it is still right somewhere.
    const deputy = { ...BEFORE, pccName: "Sam Okafor", signatory: "Jordan Reyes" };
    expect(nameUpdate([BEFORE], deputy).changes.find((c) => c.from === "Jordan Reyes")).toBeUndefined();
    // The old name was both PCC and signatory, and now they differ: which one a sentence meant is unknown.
    const split = { ...BEFORE, pccName: "Sam Okafor", signatory: "Ali Khan" };
    expect(nameUpdate([BEFORE], split).changes.find((c) => c.from === "Jordan Reyes")).toBeUndefined();
  });

  it("has nothing to change without earlier settings or markers", () => {
    expect(nameUpdate([], BEFORE).changes.every((c) => c.from.startsWith("["))).toBe(true);
    expect(nameUpdate([BEFORE], BEFORE).changes.every((c) => c.from.startsWith("["))).toBe(true);
  });
});

describe("paragraphEdits", () => {
  const widened = nameUpdate([BEFORE], { ...BEFORE, policeArea: "Northvale and Eastshire" });

  it("changes the area on its own and never inside a name that still holds", () => {
    const text = "People in Northvale, Northvale Police and the Police and Crime Commissioner for Northvale.";
    expect(apply(text, paragraphEdits(text, widened))).toBe("People in Northvale and Eastshire, Northvale Police and the Police and Crime Commissioner for Northvale.");
  });

  it("does not change a value already updated", () => {
    const text = "People in Northvale and Eastshire.";
    expect(paragraphEdits(text, widened)).toEqual([]);
  });

  it("counts each find as Word's search would, last first", () => {
    const text = "Northvale, Northvale Police, Northvale.";
    const edits = paragraphEdits(text, widened);
    expect(edits.map((e) => [e.occurrence, e.start])).toEqual([
      [2, 29],
      [0, 0],
    ]);
  });

  it("is idempotent and changes nothing but the names, for any text around them", () => {
    const renamed = nameUpdate([BEFORE], { ...BEFORE, forceName: "Northvale Constabulary", policeArea: "Northvale and Eastshire", pccName: "Sam Okafor", signatory: "Sam Okafor" });
    const piece = fc.constantFrom("Northvale", "Northvale Police", "Jordan Reyes", "Police and Crime Commissioner for Northvale", " ", ", ", "the force", "Jordan", "Police");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        const once = apply(text, paragraphEdits(text, renamed));
        expect(paragraphEdits(once, renamed)).toEqual([]);
        // Take the names out and the rest is as it was.
        const strip = (s: string) => s.replace(/Northvale Constabulary|Northvale and Eastshire|Sam Okafor|Northvale Police|Police and Crime Commissioner for Northvale|Jordan Reyes|Northvale/g, "#");
        expect(strip(once)).toBe(strip(text));
      }),
    );
  });
});

describe("where names are updated", () => {
  it("is the add-in's letter blocks and wording, never answers, comments boxes, recommendation text or the coverage table", () => {
    const scope = (tag: string, placeholderText = "") => isNameScope({ tag, placeholderText });
    expect(scope("ird:block:opening:insp")).toBe(true);
    expect(scope("ird:wording:s55-statement@2")).toBe(true);
    expect(scope("ird:response:insp:r1")).toBe(false);
    expect(scope("ird:section:insp:r1")).toBe(false);
    expect(scope("ird:block:pcc-comments:insp", "Add the PCC's comments here")).toBe(false);
    expect(scope("ird:block:rec-text:insp:r1")).toBe(false);
    expect(scope("ird:block:coverage-table:insp")).toBe(false);
    expect(scope("someone-else")).toBe(false);
  });

  it("counts a field's own line once, as a field", () => {
    const update = nameUpdate([BEFORE], { ...BEFORE, pccName: "Sam Okafor", signatory: "Sam Okafor" });
    const controls = [
      { tag: "ird:block:signature:insp", text: "Yours sincerely\r\rJordan Reyes\rPolice and Crime Commissioner for Northvale", placeholderText: "" },
      { tag: fieldTag("{signatory}"), text: "Jordan Reyes", placeholderText: "" },
      { tag: "ird:block:opening:insp", text: "I, Jordan Reyes, write as Jordan Reyes.", placeholderText: "" },
      { tag: "ird:response:insp:r1", text: "Jordan Reyes asked for a plan.", placeholderText: "" },
    ];
    expect(nameEditsIn(controls, update)).toEqual({ places: 2, lines: 1, tags: ["ird:block:opening:insp"], answers: {} });
  });

  it("counts an answer only while it is still the add-in's text as inserted, and says what it read", () => {
    const update = nameUpdate([BEFORE], { ...BEFORE, forceName: "Northvale Constabulary" });
    const controls = [
      { tag: "ird:response:insp:r1", text: "This is for the CPS, not for Northvale Police or me.", placeholderText: "" },
      { tag: "ird:response:insp:r2", text: "Northvale Police will report by June.", placeholderText: "" },
    ];
    const asInserted = (answer: string) => answer.startsWith("This is for the CPS");
    expect(nameEditsIn(controls, update, asInserted)).toEqual({
      places: 1,
      lines: 1,
      tags: ["ird:response:insp:r1"],
      answers: { "ird:response:insp:r1": "This is for the CPS, not for Northvale Police or me." },
    });
    expect(nameEditsIn(controls, update).places).toBe(0);
  });

  it("searches a caret as Word's code for one", () => {
    expect(searchTextFor("A^B")).toBe("A^^B");
  });
});

describe("valuesInDocument", () => {
  const library = [
    { id: "statement", version: 2, status: "approved" as const, category: "letter", title: "Statement", text: "I write as {pccTitle} about {inspectionTitle}[[, an inspection of {inspectedForce},]] and have asked the Chief Constable of {forceName} to comment." },
  ] as unknown as Parameters<typeof valuesInDocument>[1];

  it("reads the names an unedited block of wording was filled with", () => {
    const controls = [{ tag: "ird:wording:statement@2", text: "I write as Police and Crime Commissioner for Northvale about Custody 2025, an inspection of Northvale Police, and have asked the Chief Constable of Northvale Police to comment." }];
    expect(valuesInDocument(controls, library)).toEqual([{ pccTitle: "Police and Crime Commissioner for Northvale", forceName: "Northvale Police" }]);
  });

  it("reads nothing from a block the author edited, or from wording it does not know", () => {
    expect(valuesInDocument([{ tag: "ird:wording:statement@2", text: "We wrote our own opening." }], library)).toEqual([]);
    expect(valuesInDocument([{ tag: "ird:wording:unknown@1", text: "I write as someone." }], library)).toEqual([]);
  });

  it("makes those names the ones to replace, each for its own setting", () => {
    const found = [{ pccTitle: "Police and Crime Commissioner for Northvale", forceName: "Northvale Police" }];
    const now = { ...BEFORE, pccTitle: "Police, Fire and Crime Commissioner for Northvale", forceName: "Northvale Constabulary" };
    const { changes } = nameUpdate([], now, found);
    expect(changes).toContainEqual({ from: "Police and Crime Commissioner for Northvale", to: "Police, Fire and Crime Commissioner for Northvale" });
    expect(changes).toContainEqual({ from: "Northvale Police", to: "Northvale Constabulary" });
  });
});

describe("rememberSettings", () => {
  it("keeps the newest first, once each, and only so many", () => {
    const versions = Array.from({ length: NAME_HISTORY_LIMIT + 3 }, (_, i) => ({ ...BEFORE, pccName: `PCC ${i}` }));
    let history: Array<Partial<OfficeSettings>> = [];
    for (const v of versions) history = rememberSettings(history, v);
    history = rememberSettings(history, versions[versions.length - 1]);
    expect(history.map((h) => h.pccName)).toEqual(versions.slice(-NAME_HISTORY_LIMIT).reverse().map((v) => v.pccName));
  });
});
