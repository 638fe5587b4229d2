import catalog from "../../assets/catalog.json";
import { parseCatalog } from "../../src/domain/catalog";
import {
  DEFERRED_WORDING_ID,
  builtInWording,
  fillWording,
  findWording,
  joinAddressees,
  parseWordingFile,
  wordingFor,
  wordingParagraphs,
  type WordingSnippet,
} from "../../src/domain/wording";
import { emptySettings } from "../../src/domain/settings";

const phase1 = parseCatalog(catalog).inspections.find((i) => i.id === "cjji-rape-phase-1-2021")!;
const rec = (id: string) => phase1.recommendations.find((r) => r.id === id)!;
const settings = { ...emptySettings(), forceName: "Exampleshire Constabulary", pccTitle: "Police and Crime Commissioner for Exampleshire" };

describe("joining addressees as a sentence", () => {
  it.each([
    [["College of Policing", "NPCC lead for adult sexual offences"], "the College of Policing and the NPCC lead for adult sexual offences"],
    [["College of Policing", "NPCC lead for adult sexual offences", "CPS"], "the College of Policing, the NPCC lead for adult sexual offences and the CPS"],
    [["Home Office"], "the Home Office"],
    [["police forces", "CPS"], "police forces and the CPS"],
    [["HMICFRS", "The National Criminal Justice Board"], "HMICFRS and the National Criminal Justice Board"],
    [[], ""],
  ])("%j reads as %j", (list, sentence) => {
    expect(joinAddressees(list)).toBe(sentence);
  });
});

describe("the deferred response for recommendations addressed to other bodies", () => {
  const deferred = findWording(builtInWording, DEFERRED_WORDING_ID)!;

  it("names the bodies and says, in the PCC's own voice, what the PCC will do while awaiting them", () => {
    const { text, missing } = fillWording(deferred, { settings, inspection: phase1, recommendation: rec("r11") });
    expect(text).toBe(
      "This recommendation is addressed to the Home Office, not to Exampleshire Constabulary or to me. I will await the outcome of their work, and I will ask the Chief Constable how the force will act on any national guidance or framework that results.",
    );
    expect(missing).toEqual([]);
  });

  it("is a newer version than the force-voiced wording it replaced, so documents drafted with that show as out of date", () => {
    expect(deferred.version).toBeGreaterThanOrEqual(2);
    expect(deferred.text).toMatch(/\bI will\b/);
    expect(deferred.text).not.toMatch(/\bThe force will await\b/);
  });

  it("marks the force name visibly and reports it when settings are not filled in", () => {
    const { text, missing } = fillWording(deferred, { settings: emptySettings(), inspection: phase1, recommendation: rec("r9") });
    expect(text).toContain("addressed to the CPS, not to [force name] or to me.");
    expect(text).not.toMatch(/[{}]/);
    expect(missing).toEqual(["forceName"]);
  });
});

describe("the built-in wording library", () => {
  it("has approved openings, s.55 statements, closings and common responses", () => {
    expect(wordingFor(builtInWording, "opening").length).toBeGreaterThanOrEqual(2);
    expect(wordingFor(builtInWording, "s55-statement").map((s) => s.id)).toEqual(["s55-statement-letter", "s55-statement-form", "s55-statement-narrative", "s55-statement-publication"]);
    expect(wordingFor(builtInWording, "closing").length).toBeGreaterThanOrEqual(2);
    expect(wordingFor(builtInWording, "response").map((s) => s.id)).toEqual(expect.arrayContaining([
      "response-action-in-place",
      "response-work-under-way",
      "response-accepted-plan",
      "response-not-accepted",
      DEFERRED_WORDING_ID,
    ]));
  });

  it("offers draft wording only when asked", () => {
    const ids = (includeDrafts: boolean) => wordingFor(builtInWording, "opening", { includeDrafts }).map((s) => s.id);
    expect(ids(false)).not.toContain("opening-form-introduction");
    expect(ids(true)).toContain("opening-form-introduction");
  });

  it("fills dates and the inspection into opening wording", () => {
    const opening = findWording(builtInWording, "opening-report-published")!;
    const { text } = fillWording(opening, { settings, inspection: phase1 });
    expect(text).toContain("published by HMICFRS and HMCPSI on 16 July 2021");
    expect(text).toContain("Chief Constable of Exampleshire Constabulary");
  });
});

describe("choosing a version", () => {
  const lib: WordingSnippet[] = [
    { id: "closing-thanks", version: 1, title: "Thanks", category: "closing", status: "approved", text: "Thank you." },
    { id: "closing-thanks", version: 2, title: "Thanks", category: "closing", status: "approved", text: "Thank you, {pccName}." },
    { id: "closing-thanks", version: 3, title: "Thanks", category: "closing", status: "draft", text: "Many thanks." },
  ];

  it("uses the highest approved version, not a newer draft", () => {
    expect(findWording(lib, "closing-thanks")?.version).toBe(2);
    expect(findWording(lib, "closing-thanks", { includeDrafts: true })?.version).toBe(3);
    expect(findWording(lib, "closing-thanks", { version: 1 })?.text).toBe("Thank you.");
    expect(findWording(lib, "no-such")).toBeNull();
  });
});

describe("reading a wording file", () => {
  const file = (snippets: unknown[]) => ({ format: "ird-wording", formatVersion: 1, snippets });
  const good = { id: "closing-a", version: 1, title: "A", category: "closing", status: "approved", text: "Regards, {signatory}." };

  it("loads good snippets and reports bad ones by id with the reason", () => {
    const { snippets, problems } = parseWordingFile(
      file([
        good,
        { ...good, id: "closing-b", text: "See {recommendationText}." },
        { ...good, id: "closing-c", category: "farewell" },
        { ...good, id: "Closing D" },
        good,
      ]),
    );
    expect(snippets.map((s) => s.id)).toEqual(["closing-a"]);
    expect(problems.map((p) => `${p.label}: ${p.message}`)).toEqual([
      "closing-b: text uses {recommendationText}, which is only available inside a recommendation section",
      "closing-c: category must be one of opening, s55-statement, response, partnership, victims, deferral, closing, sign-off",
      "Closing D: id must be lower-case words joined by hyphens, e.g. closing-thanks",
      'closing-a: repeats version 1 of "closing-a"',
    ]);
  });

  it("lets response wording use recommendation placeholders", () => {
    const { snippets, problems } = parseWordingFile(file([{ ...good, id: "response-x", category: "response", text: "On recommendation {number}: done." }]));
    expect(problems).toEqual([]);
    expect(fillWording(snippets[0], { recommendation: rec("r4") }).text).toBe("On recommendation 4: done.");
  });

  it("says when the file is not a wording file", () => {
    expect(parseWordingFile("nope").problems[0].message).toBe("is not valid JSON");
    expect(parseWordingFile({ format: "ird-house-style" }).problems[0].message).toMatch(/this is not a wording file/);
  });

  it("splits wording into paragraphs at blank lines", () => {
    expect(wordingParagraphs("One.\n\nTwo,\nstill two.\n \nThree.")).toEqual(["One.", "Two,\nstill two.", "Three."]);
  });
});
