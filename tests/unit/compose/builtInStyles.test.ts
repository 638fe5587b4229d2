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

describe("narrative letter (recommendation then response, Cheshire-like)", () => {
  const insp = inspection(PHASE1);
  const plan = composeResponse(insp, style("narrative-letter"), exampleshire, { today: TODAY });

  it("lays out date, opening, recommendations, closing and signature in order", () => {
    const top = plan.nodes.map((n) => (n.kind === "control" ? n.tag : n.text));
    expect(top.slice(0, 4)).toEqual(["ird:block:date", "ird:wording:opening-report-published@1", "ird:block:pcc-comments", "ird:block:recommendations-heading"]);
    expect(top.slice(4, 17)).toEqual(insp.recommendations.map((r) => sectionTag(PHASE1, r.id)));
    expect(top.slice(17)).toEqual(["ird:wording:closing-progress-monitoring@1", "ird:block:signature"]);
  });

  it("dates the letter and names the report, its publication date and the force in the opening", () => {
    const all = texts(plan);
    expect(all[0]).toBe("8 September 2021");
    const opening = texts(control(plan, "ird:wording:opening-report-published@1").children).join(" ");
    expect(opening).toContain(`'${insp.title}'`);
    expect(opening).toContain("16 July 2021");
    expect(opening).toContain("HMICFRS and HMCPSI");
    expect(opening).toContain("Exampleshire Constabulary");
    expectInOrder(all, ["Recommendations", `1. ${insp.recommendations[0].text}`, `13. ${insp.recommendations[12].text}`, "Alex Morgan", "Police and Crime Commissioner for Exampleshire"]);
    expect(lines(plan.nodes).find((l) => l.text === "Recommendations")?.style).toBe("Heading1");
  });

  it("puts each recommendation's text in a protected control and an empty response with a placeholder after it", () => {
    const section = control(plan, sectionTag(PHASE1, "r3"));
    expect(section.title).toBe("Recommendation 3");
    const [recText, response] = section.children;
    expect(recText).toMatchObject({ kind: "control", tag: `ird:block:rec-text:${PHASE1}:r3`, cannotEdit: true });
    expect(texts(recText.kind === "control" ? recText.children : [])).toEqual([`3. ${insp.recommendations[2].text}`]);
    expect(response).toMatchObject({
      kind: "control",
      tag: responseTag(PHASE1, "r3"),
      placeholderText: "Type the response to recommendation 3 here",
      children: [{ kind: "paragraph", text: "", style: "Quote" }],
    });
  });

  it("answers the five recommendations addressed only to national bodies with editable deferred wording", () => {
    const deferred = insp.recommendations.filter((r) => texts(control(plan, responseTag(PHASE1, r.id)).children)[0] !== "").map((r) => r.id);
    expect(deferred).toEqual(NATIONAL_ONLY);
    const r10 = control(plan, responseTag(PHASE1, "r10"));
    expect(r10.cannotEdit).toBeUndefined();
    expect(texts(r10.children)[0]).toBe(
      "This recommendation is addressed to the College of Policing and the NPCC lead for adult sexual offences, not to Exampleshire Constabulary. The force will await further information from them and will act on any national guidance or framework that results.",
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
    expect(control(plan, "ird:block:key-findings")).toMatchObject({ placeholderText: "Summarise the report's key findings here.", children: [{ text: "" }] });
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

  it("addresses the Home Secretary, states s.55(5), leaves PCC comments to fill, signs and copies to the inspectorate before the appendix", () => {
    const all = texts(plan);
    expect(all.slice(0, 8)).toEqual(["The Home Secretary", "Home Office", "2 Marsham Street", "London", "SW1P 4DF", "8 September 2021", "Dear Home Secretary", `Response to the HMICFRS and HMCPSI report '${insp.title}'`]);
    expect(texts(control(plan, "ird:wording:s55-statement-letter@1").children)[0]).toContain("section 55(5) of the Police Act 1996");
    expect(control(plan, "ird:block:pcc-comments").placeholderText).toMatch(/^Add the PCC's comments/);
    expectInOrder(all, [
      "Yours sincerely",
      "Alex Morgan",
      "Police and Crime Commissioner for Exampleshire",
      "Copy to: His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
      "Appendix 1 – Exampleshire Constabulary's response",
      `Recommendation 1: ${insp.recommendations[0].text}`,
      "Force response:",
      `Recommendation 13: ${insp.recommendations[12].text}`,
    ]);
    expect(lines(plan.nodes).find((l) => l.text.startsWith("Appendix 1"))?.style).toBe("Heading1");
  });

  it("puts every section after the appendix heading", () => {
    const tags = plan.nodes.map((n) => (n.kind === "control" ? n.tag : ""));
    const appendix = tags.indexOf("ird:block:appendix-heading");
    const first = tags.indexOf(sectionTag(PHASE1, "r1"));
    expect(appendix).toBeGreaterThan(tags.indexOf("ird:block:copies"));
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
