/** "Ready to publish?": everything between a draft and publication, and green only when nothing is left. */
import { analyse } from "../../../src/domain/coverage";
import { deadlineLine, publicationCheck } from "../../../src/domain/coverage/publish";
import { textToSnapshot } from "../../../src/domain/docx";
import { inspection } from "./fixtures";
import { builtInStyles, composeResponse } from "../../../src/domain/compose";
import { controls, exampleshire, lines, TODAY } from "../compose/helpers";
import { snapshotOf } from "./composed";
import type { DocumentSnapshot } from "../../../src/domain/snapshot";
import { letterBlockTag } from "../../../src/domain/tags";

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
      .filter((l) => !["1 April 2022", "Yours sincerely", "Police and Crime Commissioner for Northvale"].includes(l) && !l.startsWith("Copies"))
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

  it("says when the 56-day deadline has passed, beside a green verdict: nothing in the letter can fix it", () => {
    const result = check(complete, new Date(2022, 11, 1));
    expect(result.deadline.overdue).toBe(true);
    // Said once: the date, how long ago, and what to do.
    expect(result.deadlineNote).toBe("The 56-day deadline passed on 21 April 2022 (224 days ago): publish it now.");
    expect(result.deadlineLine).toBe(result.deadlineNote);
    expect(result.items).toEqual([]);
    expect(result.ready).toBe(true);
    // Still not ready while something fixable is left, and the deadline is not counted among those things.
    const unsigned = check(complete.filter((l) => l !== "Yours sincerely" && l !== "Jordan Reyes" && !l.startsWith("Police and Crime")), new Date(2022, 11, 1));
    expect(unsigned.ready).toBe(false);
    expect(unsigned.items.map((i) => i.code)).toEqual(["no-signature"]);
    expect(unsigned.deadlineNote).toBe("The 56-day deadline passed on 21 April 2022 (224 days ago): publish it as soon as it is ready.");
  });

  it("has no deadline note before the deadline, and says the days left once", () => {
    expect(check(complete).deadlineNote).toBeNull();
    expect(check(complete).deadlineLine).toBe("Due 21 April 2022: 20 days left.");
  });

  it("words the deadline once: days left, due today, one day ago", () => {
    const status = (daysLeft: number) => ({ dueOn: "2027-01-24", daysLeft, overdue: daysLeft < 0, label: "" });
    expect(deadlineLine(status(55), true)).toBe("Due 24 January 2027: 55 days left.");
    expect(deadlineLine(status(1), false)).toBe("Due 24 January 2027: 1 day left.");
    expect(deadlineLine(status(0), true)).toBe("Due today, 24 January 2027.");
    expect(deadlineLine(status(-1), true)).toBe("The 56-day deadline passed on 24 January 2027 (1 day ago): publish it now.");
  });

  it("asks for a copy to the Home Secretary when the letter is not addressed to her", () => {
    const result = check(complete.slice(2).map((l) => (l === "Dear Home Secretary" ? "Dear Chief Inspector" : l)));
    expect(result.items.map((i) => i.code)).toEqual(["no-copy-home-secretary"]);
  });
});

describe("Ready to publish? and areas for improvement", () => {
  const area = (number: number, text: string) => ({
    id: `a${number}`,
    kind: "area-for-improvement" as const,
    number,
    portalId: null,
    text,
    addressees: ["Northvale Police"],
    localResponseExpected: true,
    due: null,
    parts: [],
  });
  const afi1 = area(1, "The force should improve how it records the reasons victims withdraw from investigations.");
  const afi2 = area(2, "The force should make sure supervisors review investigation plans for every rape case within a week.");
  const peel = { ...phase2, areasForImprovement: [afi1, afi2] };
  const signOff = complete.slice(complete.indexOf("Yours sincerely"));
  const body = complete.slice(0, complete.indexOf("Yours sincerely"));
  function checkPeel(lines: string[]) {
    const snapshot = textToSnapshot(lines.join("\n"));
    const report = analyse(snapshot, peel);
    return { report, result: publicationCheck(snapshot, peel, report, today) };
  }

  it("lists areas left unanswered apart, as optional: the letter is still green and the count unchanged", () => {
    const lines = [...body, "Area for improvement 1", afi1.text, "Response: [to follow]", ...signOff];
    const { report, result } = checkPeel(lines);
    expect(result.ready).toBe(true);
    expect(result.items).toEqual([]);
    expect(report.summary).toMatchObject({ answered: 3, total: 3 });
    expect(result.optional.map((o) => o.message)).toEqual([
      "Area for improvement 1 is not yet answered (optional).",
      "Area for improvement 2 is not in the document (optional).",
    ]);
    // The one in the document takes the user to its heading.
    expect(lines[result.optional[0].location!.paragraphIndex!]).toBe("Area for improvement 1");
    expect(result.optional[1].location).toBeUndefined();
  });

  it("drops an area once it is answered, whether labelled or quoted, and never lists an answered recommendation", () => {
    const lines = [
      ...body,
      "AFI 1: The withdrawal form now has a reason field and the victims' hub reviews it every month.",
      afi2.text,
      "Supervisors have reviewed every new rape investigation plan within five days since March.",
      ...signOff,
    ];
    const { result } = checkPeel(lines);
    expect(result.optional).toEqual([]);
    expect(result.ready).toBe(true);
  });

  it("does not take the next recommendation's answer for an area with none", () => {
    const lines = [...complete.slice(0, 5), "Area for improvement 2", ...complete.slice(5)];
    const { result } = checkPeel(lines);
    expect(result.optional.map((o) => [o.areaId, o.message])).toEqual([
      ["a1", "Area for improvement 1 is not in the document (optional)."],
      ["a2", "Area for improvement 2 is not yet answered (optional)."],
    ]);
  });

  it("lists none for an inspection without areas for improvement", () => {
    expect(check(complete).optional).toEqual([]);
  });
});

describe("Ready to publish? finds the signature wherever the letter ends", () => {
  const signOffAt = complete.indexOf("Yours sincerely");
  /** An appendix of the force's own response, longer than the letter's last page. */
  const appendix = [
    "Appendix 1: the Constabulary's response",
    ...Array.from({ length: 30 }, (_, k) => `Action ${k + 1}: the Constabulary reviewed its process and reports progress to the board each quarter.`),
  ];
  const codes = (lines: string[]) => check(lines).items.map((i) => i.code);

  it("accepts a letter signed before a long appendix", () => {
    expect(codes([...complete, ...appendix])).toEqual([]);
  });

  it("accepts it when the appendix ends with another signatory's sign-off", () => {
    expect(codes([...complete, ...appendix, "Yours sincerely", "Alex Morgan", "Chief Constable"])).toEqual([]);
  });

  it("still reports a letter with no sign-off and no signatory anywhere, however short", () => {
    const unsigned = complete.filter((l) => !["Yours sincerely", "Jordan Reyes", "Police and Crime Commissioner for Northvale"].includes(l));
    expect(codes(unsigned)).toEqual(["no-signature"]);
    expect(codes([...unsigned, ...appendix])).toEqual(["no-signature"]);
  });

  it("accepts a letter signed with the signatory's name and role alone, at its end (no sign-off line)", () => {
    const nameOnly = complete.filter((l) => l !== "Yours sincerely");
    expect(codes(nameOnly)).toEqual([]);
    // Before a long appendix, a name and role with no sign-off are not taken for the signature.
    expect(codes([...nameOnly, ...appendix])).toEqual(["no-signature"]);
  });

  it("points to a sign-off with no signatory's role after it", () => {
    const noRole = [...complete.slice(0, signOffAt + 2), "Copies: HMICFRS; the Chief Constable.", ...appendix];
    const item = check(noRole).items.find((i) => i.code === "no-signature")!;
    expect(item.message).toMatch(/no signatory's name and role/);
    expect(noRole[item.location!.paragraphIndex!]).toBe("Yours sincerely");
  });

  it("reads a sign-off, name and role kept in one paragraph", () => {
    const oneParagraph = [...complete.slice(0, signOffAt), "Yours sincerely\u000bJordan Reyes\u000bPolice and Crime Commissioner for Northvale", ...complete.slice(signOffAt + 3)];
    expect(codes(oneParagraph)).toEqual([]);
  });

  it("does not take a sentence in an answer that mentions signing for a sign-off", () => {
    const lines = complete.filter((l) => !["Yours sincerely", "Jordan Reyes"].includes(l));
    lines.splice(6, 0, "Signed agreements with the CPS now cover every case.");
    expect(check(lines).items.find((i) => i.code === "no-signature")?.message).toMatch(/^No signature block/);
  });
});

describe("Ready to publish? on the add-in's own letters", () => {
  const phase1 = inspection("cjji-rape-phase-1-2021");
  it.each(builtInStyles.map((s) => s.id))("%s: the signature, date and copies are found however long the letter runs on after them", (id) => {
    const style = builtInStyles.find((s) => s.id === id)!;
    const doc = { lines: lines(composeResponse(phase1, style, exampleshire, { today: TODAY }).nodes), controls: [] };
    const snapshot = snapshotOf({ lines: doc.lines.map((l) => ({ ...l, tags: [...l.tags] })), controls: [] });
    const codes = publicationCheck(snapshot, phase1, analyse(snapshot, phase1), TODAY).items.map((i) => i.code);
    expect(codes).not.toContain("no-signature");
    expect(codes).not.toContain("no-date");
    expect(codes).not.toContain("no-copy-hmicfrs");
  });
});

describe("Ready to publish? lists the letter's boxes still to write", () => {
  const phase1 = inspection("cjji-rape-phase-1-2021");
  /** The add-in's letter in `style`, as Word reads it back: each box the office fills still empty. */
  const letter = (id: string) => {
    const style = builtInStyles.find((s) => s.id === id)!;
    const { nodes } = composeResponse(phase1, style, exampleshire, { today: TODAY });
    const fills = style.blocks.flatMap((b) => (b.kind === "fill" ? [{ tag: letterBlockTag(b.name, phase1.id), title: b.title }] : []));
    const doc = {
      lines: lines(nodes).map((l) => ({ ...l, tags: [...l.tags] })),
      controls: controls(nodes).map((c) => ({ tag: c.tag, title: c.title, placeholderText: c.placeholderText ?? "" })),
    };
    return { doc, fills };
  };
  const boxes = (snapshot: DocumentSnapshot) =>
    publicationCheck(snapshot, phase1, analyse(snapshot, phase1), TODAY)
      .items.filter((i) => i.code === "empty-box")
      .map((i) => ({ tag: i.location?.tag, message: i.message }));

  it.each(builtInStyles.map((s) => s.id))("%s: each fill block just inserted is listed, with its place; written in, it goes", (id) => {
    const { doc, fills } = letter(id);
    expect(fills.length).toBeGreaterThan(0);
    expect(boxes(snapshotOf(doc))).toEqual(fills.map((f) => ({ tag: f.tag, message: `“${f.title}” is still empty: write it, or remove the box if you will not publish them.` })));
    for (const f of fills) doc.lines.find((l) => l.tags.at(-1) === f.tag)!.text = "The Chief Constable welcomed the report and has set up a programme board to oversee the work.";
    expect(boxes(snapshotOf(doc))).toEqual([]);
  });

  it("lists a box still showing its own placeholder or Word's default, and finds the narrative letter's two by name", () => {
    const { doc } = letter("narrative-letter");
    const snapshot = snapshotOf(doc);
    const cc = snapshot.controls.find((c) => c.tag === letterBlockTag("chief-constable-comments", phase1.id))!;
    // Read from a .docx, a box showing its placeholder has it as its text.
    cc.text = cc.placeholderText;
    const pcc = snapshot.controls.find((c) => c.tag === letterBlockTag("pcc-comments", phase1.id))!;
    // Word on the web shows its own placeholder when the control's was not kept (WORD-SEMANTICS 38).
    Object.assign(pcc, { text: "Click or tap here to enter text.", placeholderText: "" });
    expect(boxes(snapshot).map((b) => b.message)).toEqual([
      "“Chief Constable's comments” is still empty: write it, or remove the box if you will not publish them.",
      "“PCC comments” is still empty: write it, or remove the box if you will not publish them.",
    ]);
  });

  it("lists an older letter's box (tag without the inspection) only when the letter is this inspection's", () => {
    const base = (tags: string[]): DocumentSnapshot => ({
      paragraphs: [{ text: "", controlTags: ["ird:block:pcc-comments"] }],
      controls: [{ tag: "ird:block:pcc-comments", title: "PCC comments", text: "", placeholderText: "Add your comments on the report here." }, ...tags.map((tag) => ({ tag, title: "", text: "x", placeholderText: "" }))],
    });
    expect(boxes(base([]))).toHaveLength(1);
    expect(boxes(base(["ird:section:another-inspection:r1"]))).toEqual([]);
    // Another inspection's letter block in the same document is that letter's business.
    expect(boxes({ paragraphs: [], controls: [{ tag: letterBlockTag("pcc-comments", "another-inspection"), title: "PCC comments", text: "", placeholderText: "x" }] })).toEqual([]);
  });

  it("lists nothing of the kind for a document not drafted with the add-in", () => {
    expect(check(complete).items.filter((i) => i.code === "empty-box")).toEqual([]);
  });
});
