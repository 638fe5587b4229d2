/**
 * Report text as users bring it: a PDF's text, a portal page, a tracker table, minutes. All the
 * text here is written for these tests; none is copied from a published report.
 */
import { importReportText } from "../../../src/domain/import";
import { parseInspection } from "../../../src/domain/catalog";

const today = "2025-06-01";
const read = (text: string, extra: Partial<Parameters<typeof importReportText>[1]> = {}) => importReportText(text, { today, ...extra });
const recs = (text: string) => read(text).inspection?.recommendations ?? [];
const texts = (text: string) => recs(text).map((r) => r.text);

describe("text extracted from a PDF", () => {
  const pdf = [
    "Fair and prompt: an inspection of how forces",
    "deal with reports of harassment",
    "Published on: 14 May 2024",
    "\f",
    "Harassment inspection – Recommendations",
    "Page 4 of 30",
    "Recommendations",
    "We make four recommendations.",
    "1",
    "By 31 January 2025, chief constables should make sure that each report of harass-",
    "ment is reviewed by a supervisor within 24 hours of receipt.12",
    "2",
    "Immediately, forces should give every victim a named officer as their",
    "\f",
    "Harassment inspection – Recommendations",
    "Page 5 of 30",
    "point of contact.13 The named officer should stay with the case until it ends.",
    "",
    "12 See the force’s own supervision policy.",
    "13 A named officer is one person the victim can reach directly.",
    "\f",
    "Harassment inspection – Recommendations",
    "Page 6 of 30",
    "3",
    "The College of Policing should publish guidance on the co-",
    "ordination of cross-border cases, and on victims’ well-",
    "being.",
    "4",
    "The Home Office should, by March 2026, review the harassment outcome codes.",
    "",
    "Introduction",
    "This inspection looked at harassment in eight forces. We spoke to victims.",
    "\f",
    "Harassment inspection – Recommendations",
    "Page 7 of 30",
  ].join("\n");

  it("joins broken lines, mends hyphenation and drops page chrome and footnotes", () => {
    expect(texts(pdf)).toEqual([
      "By 31 January 2025, chief constables should make sure that each report of harassment is reviewed by a supervisor within 24 hours of receipt.",
      "Immediately, forces should give every victim a named officer as their point of contact. The named officer should stay with the case until it ends.",
      "The College of Policing should publish guidance on the co-ordination of cross-border cases, and on victims’ well-being.",
      "The Home Office should, by March 2026, review the harassment outcome codes.",
    ]);
  });

  it("reads numbers alone on a line as numbering, and the narrative after the list is left out", () => {
    expect(recs(pdf).map((r) => r.number)).toEqual([1, 2, 3, 4]);
  });

  it("reads the title, publication date, due wording and addressees", () => {
    const { inspection, warnings } = read(pdf);
    expect(inspection!.title).toBe("Fair and prompt: an inspection of how forces deal with reports of harassment");
    expect(inspection!.publishedOn).toBe("2024-05-14");
    expect(inspection!.recommendations.map((r) => r.due)).toEqual(["By 31 January 2025", "Immediately", null, "By March 2026"]);
    expect(inspection!.recommendations.map((r) => r.addressees)).toEqual([["chief constables"], ["police forces"], ["College of Policing"], ["Home Office"]]);
    expect(inspection!.recommendations.map((r) => r.localResponseExpected)).toEqual([true, true, false, false]);
    expect(warnings.filter((w) => w.code !== "title-guessed")).toEqual([]);
    expect(parseInspection(inspection).inspection).toEqual(inspection);
  });

  it("says so when the report's own count does not match what was read", () => {
    const { warnings } = read(pdf.replace("four recommendations", "eight recommendations"));
    expect(warnings).toContainEqual({ code: "count-differs", kind: "recommendation", stated: 8, read: 4 });
  });
});

describe("numbering styles", () => {
  const body = ["Forces should record the age of every victim.", "The Home Office should publish the data each year.", "Chief constables should review the training for call handlers."];
  it.each([
    ["1.", (n: number) => `${n}. `],
    ["1)", (n: number) => `${n}) `],
    ["(1)", (n: number) => `(${n}) `],
    ["Recommendation 1", (n: number) => `Recommendation ${n}\n`],
    ["Recommendation 1:", (n: number) => `Recommendation ${n}: `],
  ])("reads items numbered %s under a heading", (_, label) => {
    const text = `Our recommendations\n${body.map((b, k) => `${label(k + 1)}${b}`).join("\n")}\n\nConclusion\nThat is all we found.`;
    expect(texts(text)).toEqual(body);
    expect(recs(text).map((r) => r.number)).toEqual([1, 2, 3]);
  });

  it("reads bullets and unnumbered paragraphs under a Recommendations heading, numbered in order", () => {
    expect(texts(`Recommendations\n${body.map((b) => `• ${b}`).join("\n")}\n`)).toEqual(body);
    expect(texts(`Recommendations\n\n${body.join("\n\n")}\n\nAbout this report\nIt was written in 2024.`)).toEqual(body);
  });

  it("finds labelled recommendations anywhere, once each though the report repeats them", () => {
    const text = `Summary\nRecommendation 1\n${body[0]}\n\nChapter 2\nWe looked at records.\n\nRecommendation 1\n${body[0]}\n\nRecommendation 2\n${body[1]}\n`;
    expect(texts(text)).toEqual(body.slice(0, 2));
  });

  it("warns when the numbering skips one", () => {
    const { warnings } = read(`Recommendations\n1. ${body[0]}\n3. ${body[2]}\n`);
    expect(warnings).toContainEqual({ code: "numbering-gap", kind: "recommendation", after: 1, next: 3 });
  });
});

describe("a paste from the HMICFRS recommendations pages", () => {
  const paste = [
    "Midshire Constabulary inspection of call handling (41001)",
    "Within six months, the force should make sure that call handlers assess risk using a structured approach.",
    "Status: Completed",
    "3 March 2023",
    "Force comment: A new triage tool went live and supervisors should now check its use weekly.",
    "Midshire Constabulary inspection of call handling (41002)",
    "The force should review how it supervises investigations of",
    "burglary.",
    "Force update 4 April 2023",
    "A working group has been set up.",
    "In progress",
    "https://hmicfrs.justiceinspectorates.gov.uk/recommendations/midshire-call-handling-41003/",
    "By 31 March 2024, the force should publish its plan for neighbourhood policing.",
    "Accepted",
  ].join("\n");

  it("takes each recommendation's portal id and text, and leaves out status logs and force comments", () => {
    const { inspection } = read(paste);
    expect(inspection!.title).toBe("Midshire Constabulary inspection of call handling");
    expect(inspection!.recommendations.map((r) => [r.portalId, r.text])).toEqual([
      ["41001", "Within six months, the force should make sure that call handlers assess risk using a structured approach."],
      ["41002", "The force should review how it supervises investigations of burglary."],
      ["41003", "By 31 March 2024, the force should publish its plan for neighbourhood policing."],
    ]);
    expect(inspection!.recommendations.map((r) => r.due)).toEqual(["Within six months", null, "By 31 March 2024"]);
  });

  it("reads a form with portal ids before each text (#21912 –) and the inspection's id after its title label", () => {
    const form = "Inspection Title:\n#40000 Joint inspection of witness care\nDate Published:\n25/02/2022\n\tRecommendations:\n\t1. #40001 - Immediately, police and prosecutors should improve letters to witnesses.\n2. #40002 – The CPS should review its witness guidance.\n\nResponse:\nWe welcome the report.";
    const { inspection } = read(form);
    expect(inspection!.portalId).toBe("40000");
    expect(inspection!.title).toBe("Joint inspection of witness care");
    expect(inspection!.publishedOn).toBe("2022-02-25");
    expect(inspection!.recommendations.map((r) => [r.number, r.portalId, r.addressees])).toEqual([
      [1, "40001", ["police forces", "CPS"]],
      [2, "40002", ["CPS"]],
    ]);
    expect(inspection!.recommendations[1].localResponseExpected).toBe(false);
  });
});

describe("a tracker table pasted from Excel or Word", () => {
  const table = [
    "No.\tRecommendation\tForce\tStatus\tUpdate",
    "1\tBy March 2023, forces should record the ethnicity of every victim.\tMidshire Police\tCompleted\tDone; the board should note it.",
    "2\tChief constables should review the training given to call handlers.\tMidshire Police\tIn progress\tWorking group set up.",
    "R3\tThe Home Office should publish guidance on victim contact.\tMidshire Police\tNot applicable\t",
  ].join("\n");

  it("takes the recommendation cell and its number, and leaves force names, statuses and updates out", () => {
    const r = recs(table);
    expect(r.map((x) => [x.number, x.text])).toEqual([
      [1, "By March 2023, forces should record the ethnicity of every victim."],
      [2, "Chief constables should review the training given to call handlers."],
      [3, "The Home Office should publish guidance on victim contact."],
    ]);
  });

  it("finds the text cell without a header row", () => {
    expect(texts(table.split("\n").slice(1).join("\n"))).toHaveLength(3);
  });
});

describe("minutes", () => {
  const minutes = [
    "Police and Crime Panel – minutes of the meeting held on 3 June 2024",
    "1. Apologies",
    "Apologies were received from one member.",
    "2. Inspection of custody",
    "The Commissioner said the force should publish its action plan. Members agreed that the panel should have an update in September.",
    "The report made the following recommendations:",
    "1. By 30 September 2024, the force should make sure that detainees are offered a meal within six hours.",
    "2. The force should improve how it records use of force in custody.",
    "3. Any other business",
    "The chair said members should send questions in writing.",
  ].join("\n");

  it("takes only the report's recommendations, not the meeting's other 'should' sentences", () => {
    expect(texts(minutes)).toEqual([
      "By 30 September 2024, the force should make sure that detainees are offered a meal within six hours.",
      "The force should improve how it records use of force in custody.",
    ]);
  });

  it("gives nothing, and says why, for minutes without recommendations", () => {
    const r = read("1. Apologies\nNone.\n2. Budget\nThe treasurer said the panel should approve the budget.");
    expect(r.inspection).toBeNull();
    expect(r.problem).toEqual({ code: "nothing-found" });
  });
});

describe("a response that quotes each recommendation with the answer under it", () => {
  const letter = [
    "Recommendations",
    "",
    "1. Forces should review how victims are told about bail decisions.",
    "",
    "This is already in place in Northvale: officers record each call in the case file.",
    "",
    "2. Forces and the CPS should agree a joint plan. This should set out who calls the victim. As a minimum, the following should be included:- a named contact for each case;- a timetable for updates; and a way to escalate disagreements.",
    "",
    "These arrangements have been in place since May.",
    "",
    "3. Forces should publish their results.",
    "",
    "This should include the number of victims who withdrew support.",
  ].join("\n");

  it("leaves out an answer that opens 'This is…' but asks nothing, and keeps a 'This should…' paragraph as part of the item", () => {
    expect(texts(letter)).toEqual([
      "Forces should review how victims are told about bail decisions.",
      "Forces and the CPS should agree a joint plan. This should set out who calls the victim. As a minimum, the following should be included:",
      "Forces should publish their results. This should include the number of victims who withdrew support.",
    ]);
  });

  it("splits parts written on one line after a colon and dash bullets (':- a …;- b …')", () => {
    expect(recs(letter)[1].parts.map((p) => p.text)).toEqual(["a named contact for each case", "a timetable for updates", "a way to escalate disagreements."]);
  });
});
