import { builtInStyles, composeDraft, composeResponse, findStyle, planStats } from "../../../src/domain/compose";
import type { HouseStyle } from "../../../src/domain/compose";
import { responseTag, sectionTag } from "../../../src/domain/tags";
import { TODAY, control, controls, exampleshire, expectInOrder, inspection, lines, texts } from "./helpers";

const style = (id: string): HouseStyle => {
  const s = findStyle(id);
  if (!s) throw new Error(`no built-in style ${id}`);
  return s;
};

const PHASE1 = "cjji-rape-phase-1-2021";
const PHASE2 = "cjji-rape-phase-2-2022";
const VAWG = "hmicfrs-vawg-final-2021";
const NATIONAL_ONLY = ["r8", "r9", "r10", "r11", "r13"];

describe("narrative letter (a letter a PCC would sign: recommendation then response)", () => {
  const insp = inspection(PHASE1);
  const plan = composeResponse(insp, style("narrative-letter"), exampleshire, { today: TODAY });

  it("lays out addressee, date, salutation, subject, s.55 statement, both sets of comments, recommendations, closing, signature and copies in order", () => {
    const top = plan.nodes.map((n) => (n.kind === "control" ? n.tag : n.text));
    expect(top.slice(0, 10)).toEqual([
      `ird:block:addressee:${insp.id}`,
      `ird:block:date:${insp.id}`,
      `ird:block:salutation:${insp.id}`,
      `ird:block:subject:${insp.id}`,
      "ird:wording:s55-statement-narrative@1",
      `ird:block:chief-constable-comments-heading:${insp.id}`,
      `ird:block:chief-constable-comments:${insp.id}`,
      `ird:block:pcc-comments-heading:${insp.id}`,
      `ird:block:pcc-comments:${insp.id}`,
      `ird:block:recommendations-heading:${insp.id}`,
    ]);
    expect(top.slice(10, 23)).toEqual(insp.recommendations.map((r) => sectionTag(PHASE1, r.id)));
    expect(top.slice(23)).toEqual(["ird:wording:closing-progress-monitoring@1", `ird:block:signature:${insp.id}`, `ird:block:copies:${insp.id}`]);
  });

  it("dates the letter, names the report in the subject line and signs off with the PCC's name and role", () => {
    const all = texts(plan);
    expect(all.slice(0, 5)).toEqual([
      "His Majesty's Chief Inspector of Constabulary",
      "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
      "8 September 2021",
      "Dear Chief Inspector",
      `Response to the HMICFRS and HMCPSI report '${insp.title}'`,
    ]);
    expect(lines(plan.nodes)[4].style).toBe("Heading1");
    expectInOrder(all, [
      "Recommendations",
      `1. ${insp.recommendations[0].text}`,
      `13. ${insp.recommendations[12].text}`,
      "Yours sincerely",
      "",
      "Alex Morgan",
      "Police and Crime Commissioner for Exampleshire",
    ]);
    expect(lines(plan.nodes).find((l) => l.text === "Recommendations")?.style).toBe("Heading2");
  });

  it("opens by saying, in the PCC's voice, that this is the response under section 55 and that the Chief Constable was invited to comment", () => {
    const statement = texts(control(plan, "ird:wording:s55-statement-narrative@1").children);
    expect(statement).toHaveLength(2);
    expect(statement[0]).toMatch(/^This is my response, as Police and Crime Commissioner for Exampleshire, to the HMICFRS and HMCPSI report '/);
    expect(statement[0]).toContain("published on 16 July 2021");
    expect(statement[0]).toContain("section 55 of the Police Act 1996");
    expect(statement[0]).toMatch(/for each recommendation, what action has been or will be taken, or why none will be/);
    expect(statement[1]).toContain("section 55(4)");
    expect(statement[1]).toContain("I invited the Chief Constable of Exampleshire Constabulary to comment");
  });

  it("outlines as a published document should: the subject is its one top-level heading, each part a heading under it", () => {
    const headings = lines(plan.nodes).filter((l) => /^Heading\d$/.test(l.style ?? ""));
    expect(headings.map((h) => `${h.style}: ${h.text}`)).toEqual([
      `Heading1: Response to the HMICFRS and HMCPSI report '${insp.title}'`,
      "Heading2: The Chief Constable's comments",
      "Heading2: My comments",
      "Heading2: Recommendations",
    ]);
  });

  it("leaves a headed place for the Chief Constable's comments and one for the PCC's own", () => {
    expectInOrder(texts(plan), ["The Chief Constable's comments", "", "My comments", ""]);
    expect(control(plan, `ird:block:chief-constable-comments:${insp.id}`)).toMatchObject({ children: [{ text: "", style: "Normal" }] });
    expect(control(plan, `ird:block:chief-constable-comments:${insp.id}`).placeholderText).toMatch(/Chief Constable's comments.*section 55\(4\)/);
    expect(control(plan, `ird:block:pcc-comments:${insp.id}`).placeholderText).toMatch(/^Add your comments on the report/);
  });

  it("says a copy goes to HMICFRS and to the Home Secretary", () => {
    expect(texts(control(plan, `ird:block:copies:${insp.id}`).children)).toEqual([
      "Copy to: His Majesty's Inspectorate of Constabulary and Fire & Rescue Services, for publication with the report",
      "Copy to: the Home Secretary",
    ]);
  });

  it("puts each recommendation's text in a protected control and an empty response in body text after it", () => {
    const section = control(plan, sectionTag(PHASE1, "r3"));
    expect(section.title).toBe("Recommendation 3");
    const [recText, response] = section.children;
    expect(recText).toMatchObject({ kind: "control", tag: `ird:block:rec-text:${PHASE1}:r3`, cannotEdit: true });
    expect(texts(recText.kind === "control" ? recText.children : [])).toEqual([`3. ${insp.recommendations[2].text}`]);
    expect(response).toMatchObject({
      kind: "control",
      tag: responseTag(PHASE1, "r3"),
      placeholderText: "Type the response to recommendation 3 here",
      children: [{ kind: "paragraph", text: "", style: "Normal" }],
    });
  });

  it("lists the four things recommendation 5 asks for 'as a minimum' as its parts, and asks for a response to each", () => {
    const paras = lines(control(plan, `ird:block:rec-text:${PHASE1}:r5`).children);
    expect(paras.map((p) => p.style)).toEqual(["Normal", "ListParagraph", "ListParagraph", "ListParagraph", "ListParagraph"]);
    expect(paras[0].text).toMatch(/As a minimum, the following should be included:$/);
    expect(paras[1].text).toBe("1. considering early investigative advice in every case and recording reasons for not seeking it;");
    expect(paras[4].text).toMatch(/^4\. a clear escalation pathway/);
    expect(control(plan, responseTag(PHASE1, "r5")).placeholderText).toBe("Type the response to recommendation 5 here, covering each of its 4 parts");
  });

  it("answers the five recommendations addressed only to national bodies with editable deferred wording in the PCC's voice", () => {
    const deferred = insp.recommendations.filter((r) => texts(control(plan, responseTag(PHASE1, r.id)).children)[0] !== "").map((r) => r.id);
    expect(deferred).toEqual(NATIONAL_ONLY);
    const r10 = control(plan, responseTag(PHASE1, "r10"));
    expect(r10.cannotEdit).toBeUndefined();
    expect(texts(r10.children)[0]).toBe(
      "This recommendation is addressed to the College of Policing and the NPCC lead for adult sexual offences, not to Exampleshire Constabulary or to me. I will await the outcome of their work, and I will ask the Chief Constable how the force will act on any national guidance or framework that results.",
    );
    expect(texts(control(plan, responseTag(PHASE1, "r13")).children)[0]).toContain(
      "addressed to the College of Policing, the NPCC lead for adult sexual offences and the CPS,",
    );
  });

  it("drafts only the recommendations asked for, in report order", () => {
    const ids = ["r12", "r1", "r2", "r3", "r4", "r5", "r6", "r7"];
    const subset = composeResponse(insp, style("narrative-letter"), exampleshire, { today: TODAY, recommendationIds: ids });
    const sections = subset.nodes.filter((n) => n.kind === "control" && n.tag.startsWith("ird:section:"));
    expect(sections.map((n) => (n.kind === "control" ? n.tag : ""))).toEqual(["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r12"].map((r) => sectionTag(PHASE1, r)));
    expect(texts(subset)).toContain("Alex Morgan");
  });
});

describe("response form (Cumbria-like)", () => {
  const insp = inspection(PHASE2);
  const plan = composeResponse(insp, style("response-form"), exampleshire, { today: TODAY });

  it("shows the office, statutory preamble, inspection details with portal id, key findings to fill, then recommendations", () => {
    const all = lines(plan.nodes);
    expect(all[0]).toMatchObject({ text: exampleshire.officeName, style: "Title" });
    expect(texts(control(plan, "ird:wording:s55-statement-form@1").children)[0]).toMatch(/Section 55 of the Police Act 1996 .* within 56 days/);
    expectInOrder(
      all.map((l) => l.text),
      [
        "Inspection title",
        `#21866 ${insp.title}`,
        "Date published",
        "25/02/2022",
        "Type of inspection",
        "Joint thematic",
        "Response due by",
        "21/04/2022",
        "Key findings",
        "Recommendations",
        `1. #21912 – ${insp.recommendations[0].text}`,
        "PCC and Chief Constable response",
        `2. #21961 – ${insp.recommendations[1].text}`,
        `3. #22005 – ${insp.recommendations[2].text}`,
      ],
    );
    expect(all.find((l) => l.text === "Inspection title")?.style).toBe("Heading3");
    // A joint thematic report is not "an inspection of" the force (Cumbria's form said so wrongly).
    expect(all[1]).toMatchObject({ text: "Response of the Police and Crime Commissioner for Exampleshire to the HMICFRS and HMCPSI report", style: "Subtitle" });
    expect(texts(plan).join("\n")).not.toMatch(/an inspection of/i);
    expect(control(plan, `ird:block:key-findings:${insp.id}`)).toMatchObject({ placeholderText: "Summarise the report's key findings here.", children: [{ text: "" }] });
  });

  it("titles each section with its portal id and labels the joint response outside the response control", () => {
    const section = control(plan, sectionTag(PHASE2, "r2"));
    expect(section.title).toBe("Recommendation 2 (#21961)");
    expect(section.children.map((c) => (c.kind === "control" ? c.tag : c.text))).toEqual([
      `ird:block:rec-text:${PHASE2}:r2`,
      "PCC and Chief Constable response",
      responseTag(PHASE2, "r2"),
    ]);
    expect(control(plan, responseTag(PHASE2, "r2")).placeholderText).toBe("Type the PCC and Chief Constable response to recommendation 2 here");
  });

  it("ends with the signature, the date and the copies to HMICFRS and the Home Secretary", () => {
    expect(texts(plan).slice(-4)).toEqual([
      "Signed",
      "Alex Morgan, Police and Crime Commissioner for Exampleshire",
      "8 September 2021",
      "Copies sent to: His Majesty's Inspectorate of Constabulary and Fire & Rescue Services; the Home Secretary",
    ]);
  });

  it("leaves out the portal id where the inspection has none", () => {
    const p1 = inspection(PHASE1);
    const noIds = texts(composeResponse(p1, style("response-form"), exampleshire, { today: TODAY }));
    expect(noIds).toContain(p1.title);
    expect(noIds).toContain(`1. ${p1.recommendations[0].text}`);
    expect(noIds.some((t) => t.includes("#"))).toBe(false);
  });
});

describe("letter to the Home Secretary with appendix (Cambridgeshire-like)", () => {
  const insp = inspection(PHASE1);
  const plan = composeResponse(insp, style("home-secretary-letter-appendix"), exampleshire, { today: TODAY });

  it("outlines as two parts at the top level, the letter (its subject line) and the force's appendix", () => {
    const headings = lines(plan.nodes).filter((l) => /^Heading\d$/.test(l.style ?? ""));
    expect(headings.map((h) => `${h.style}: ${h.text}`)).toEqual([`Heading1: Response to the HMICFRS and HMCPSI report '${insp.title}'`, "Heading1: Appendix 1 – Exampleshire Constabulary's response"]);
  });

  it("addresses the Home Secretary, states s.55(5), leaves PCC comments to fill, signs and copies to the inspectorate before the appendix", () => {
    const all = texts(plan);
    expect(all.slice(0, 8)).toEqual(["The Home Secretary", "Home Office", "2 Marsham Street", "London", "SW1P 4DF", "8 September 2021", "Dear Home Secretary", `Response to the HMICFRS and HMCPSI report '${insp.title}'`]);
    expect(texts(control(plan, "ird:wording:s55-statement-letter@1").children)[0]).toContain("section 55(5) of the Police Act 1996");
    expect(control(plan, `ird:block:pcc-comments:${insp.id}`).placeholderText).toMatch(/^Add the PCC's comments/);
    expectInOrder(all, [
      "Yours sincerely",
      "Alex Morgan",
      "Police and Crime Commissioner for Exampleshire",
      "Copy to: His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
      "Enclosure: Appendix 1 – Exampleshire Constabulary's response to each recommendation",
      "Appendix 1 – Exampleshire Constabulary's response",
      `Recommendation 1: ${insp.recommendations[0].text}`,
      "Force response:",
      `Recommendation 13: ${insp.recommendations[12].text}`,
    ]);
    expect(lines(plan.nodes).find((l) => l.text.startsWith("Appendix 1"))?.style).toBe("Heading1");
  });

  it("puts every section after the appendix heading", () => {
    const tags = plan.nodes.map((n) => (n.kind === "control" ? n.tag : ""));
    const appendix = tags.indexOf(`ird:block:appendix-heading:${insp.id}`);
    const first = tags.indexOf(sectionTag(PHASE1, "r1"));
    expect(appendix).toBeGreaterThan(tags.indexOf(`ird:block:copies:${insp.id}`));
    expect(first).toBe(appendix + 1);
    expect(tags.slice(first)).toHaveLength(13);
  });

  it("lists sub-parts as list paragraphs inside the protected recommendation text", () => {
    const vawg = inspection(VAWG);
    const vplan = composeResponse(vawg, style("home-secretary-letter-appendix"), exampleshire, { today: TODAY });
    const recText = control(vplan, `ird:block:rec-text:${VAWG}:r2`);
    expect(recText.cannotEdit).toBe(true);
    const paras = lines(recText.children);
    expect(paras).toHaveLength(7);
    expect(paras[0]).toMatchObject({ text: `Recommendation 2: ${vawg.recommendations[1].text}`, style: "Normal" });
    expect(paras.slice(1).map((p) => p.style)).toEqual(Array(6).fill("ListParagraph"));
    expect(paras[2].text).toBe("2. The use of the Domestic Violence Disclosure Scheme.");
    expect(control(vplan, responseTag(VAWG, "r2")).placeholderText).toBe("Type the force's response to recommendation 2 here, covering each of its 6 parts");
    expect(control(vplan, responseTag(VAWG, "r1")).placeholderText).toBe("Type the force's response to recommendation 1 here");
  });

  it("answers the recommendations addressed only to national bodies in the force's voice, as the rest of its 'Force response:' sections", () => {
    const deferred = insp.recommendations.filter((r) => texts(control(plan, responseTag(PHASE1, r.id)).children)[0] !== "").map((r) => r.id);
    expect(deferred).toEqual(NATIONAL_ONLY);
    const r10 = texts(control(plan, responseTag(PHASE1, "r10")).children)[0];
    expect(r10).toBe(
      "This recommendation is addressed to the College of Policing and the NPCC lead for adult sexual offences, not to Exampleshire Constabulary. Exampleshire Constabulary will await the outcome of their work, and will tell the Police and Crime Commissioner for Exampleshire how it will act on any national guidance or framework that results.",
    );
    // Not the PCC speaking under the force's label.
    expect(r10).not.toMatch(/\b(?:I|me|my)\b/);
  });
});

describe.each(builtInStyles.map((s) => [s.id, s] as const))("every built-in style: %s", (_id, s) => {
  it.each([PHASE1, PHASE2, VAWG])("composes %s with nested, tagged sections and short titles", (id) => {
    const insp = inspection(id);
    const { plan, missing, problems } = composeDraft(insp, s, exampleshire, { today: TODAY });
    const stats = planStats(plan);
    expect(stats.sections).toBe(insp.recommendations.length);
    expect(stats.responses).toBe(insp.recommendations.length);
    expect(stats.maxDepth).toBe(2);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
    for (const c of controls(plan.nodes)) expect(c.title.length).toBeLessThanOrEqual(64);
    // Every response sits directly inside its own section.
    for (const rec of insp.recommendations) {
      const response = lines(plan.nodes).find((l) => l.tags.includes(responseTag(id, rec.id)));
      expect(response?.tags).toEqual([sectionTag(id, rec.id), responseTag(id, rec.id)]);
    }
    expect(texts(plan).some((t) => /[{}]/.test(t))).toBe(false);
  });

  it("gives the same plan for the same input", () => {
    const insp = inspection(PHASE1);
    expect(composeResponse(insp, s, exampleshire, { today: TODAY })).toEqual(composeResponse(insp, s, exampleshire, { today: new Date(TODAY) }));
  });
});

describe("what every built-in style carries", () => {
  const insp = inspection(PHASE1);
  const plans = builtInStyles.map((s) => ({ id: s.id, plan: composeResponse(insp, s, exampleshire, { today: TODAY }) }));

  it.each(plans.map((p) => [p.id, p.plan] as const))("%s: states the response is made under section 55 of the Police Act 1996", (_id, plan) => {
    const statement = controls(plan.nodes).find((c) => c.tag.startsWith("ird:wording:s55-statement-"));
    expect(statement).toBeDefined();
    expect(texts(statement!.children).join(" ")).toMatch(/[Ss]ection 55(?:\(\d\))? of the Police Act 1996/);
  });

  it.each(plans.map((p) => [p.id, p.plan] as const))("%s: sends the response to HMICFRS and the Home Secretary (addressee or copy list)", (_id, plan) => {
    const addressee = controls(plan.nodes).find((c) => c.tag === `ird:block:addressee:${insp.id}`);
    const copies = texts(control(plan, `ird:block:copies:${insp.id}`).children).join("\n");
    const to = `${addressee ? texts(addressee.children).join("\n") : ""}\n${copies}`;
    expect(copies).toMatch(/Inspectorate of Constabulary and Fire & Rescue Services/);
    expect(to).toMatch(/Home Secretary/);
  });

  it.each(plans.map((p) => [p.id, p.plan] as const))("%s: puts responses in body text (Normal), never Quote, which Word shows centred and in italics", (_id, plan) => {
    const responses = lines(plan.nodes).filter((l) => l.tags.some((t) => t.startsWith("ird:response:")));
    expect(responses).toHaveLength(insp.recommendations.length);
    for (const r of responses) expect(r.style).toBe("Normal");
  });
});

describe("a report about one force, and a national or joint thematic report", () => {
  const national = inspection(PHASE2);
  const forceReport = { ...national, id: "exampleshire-peel-2022", title: "PEEL 2021/22: An inspection of Exampleshire Constabulary", type: "PEEL", scope: undefined };

  it("says 'an inspection of' the force only for a report about that force", () => {
    const form = (i: typeof national) => texts(composeResponse(i, style("response-form"), exampleshire, { today: TODAY }));
    expect(form(forceReport)[1]).toBe("Response of the Police and Crime Commissioner for Exampleshire to the HMICFRS and HMCPSI report on an inspection of Exampleshire Constabulary");
    expect(form(national)[1]).toBe("Response of the Police and Crime Commissioner for Exampleshire to the HMICFRS and HMCPSI report");
  });

  it("names the force inspected in the narrative letter's section 55 statement, and not for a national report", () => {
    const statement = (i: typeof national) => texts(control(composeResponse(i, style("narrative-letter"), exampleshire, { today: TODAY }), "ird:wording:s55-statement-narrative@1").children)[0];
    expect(statement(forceReport)).toContain(`report '${forceReport.title}', an inspection of Exampleshire Constabulary, published on 25 February 2022.`);
    expect(statement(national)).toContain(`report '${national.title}' published on 25 February 2022.`);
    expect(statement({ ...forceReport, scope: "national" })).not.toContain("an inspection of Exampleshire");
  });

  it("shows the force name's marker, rather than dropping the words, when a force's inspection is drafted before settings", () => {
    const { plan } = composeDraft(forceReport, style("response-form"), { ...exampleshire, forceName: "" }, { today: TODAY });
    expect(texts(plan)[1]).toBe("Response of the Police and Crime Commissioner for Exampleshire to the HMICFRS and HMCPSI report on an inspection of [force name]");
  });
});
