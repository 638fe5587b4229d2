/** Inserting a whole plan through Microsoft's Word library and the emulated Word host. */
import { blockTag, responseTag, sectionTag, wordingTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { atLeast13, setupWordHost, with13 } from "../support/wordHost";
import { controlsTagged, outline, paragraphTexts } from "./outline";
import { inspectionWith, placeholderFor, planFor, syntheticInspection } from "./plans";

const three = inspectionWith(3);
const id = three.id;

function expectedSection(n: number, indent = ""): string[] {
  const rec = three.recommendations[n - 1];
  return [
    `${indent}[${sectionTag(id, rec.id)}]`,
    `${indent}  Heading 2: Recommendation ${n}`,
    `${indent}  [${blockTag(`rec-text:${id}:${rec.id}`)}]`,
    `${indent}    Quote: ${rec.text}`,
    `${indent}  Heading 3: Response`,
    `${indent}  [${responseTag(id, rec.id)}]`,
    `${indent}    Normal: `,
  ];
}

describe("inserting the response sections", () => {
  it("puts one section per recommendation in a new document, in order, with no stray empty paragraph first", async () => {
    const { model } = setupWordHost(with13());
    const outcome = await createOfficeWordPort().insertPlan(planFor(three), "cursor");
    expect(outline(model)).toEqual([
      `[${blockTag("opening")}]`,
      `  Heading 1: Response to: ${three.shortTitle}`,
      "  Normal: This is our response to the recommendations of the report.",
      ...expectedSection(1),
      ...expectedSection(2),
      ...expectedSection(3),
      `[${blockTag("closing")}]`,
      "  Normal: Signed on behalf of the Commissioner.",
      "Normal: ",
    ]);
    expect(outcome).toMatchObject({ placement: { at: "cursor" }, inserted: three.recommendations.map((r) => sectionTag(id, r.id)), skipped: [], blocks: 2, verified: true, problems: [] });
    // The receipt names the top-level blocks made (opening, three sections, closing), for "Remove what was just inserted".
    expect(outcome.receipt?.controlIds).toHaveLength(5);
  });

  it("gives each control its title, placeholder and look, locks the recommendation text and never the response", async () => {
    const { model, host } = setupWordHost();
    await createOfficeWordPort().insertPlan(planFor(three), "end");
    const [response] = controlsTagged(model, responseTag(id, "r2"));
    // Word on the web refuses placeholderText (WORD-SEMANTICS 66): there Word shows its own.
    const web = host.options.platform === "OfficeOnline";
    const [recText] = controlsTagged(model, blockTag(`rec-text:${id}:r2`));
    const [section] = controlsTagged(model, sectionTag(id, "r2"));
    expect(response).toMatchObject({ title: "Response to recommendation 2", placeholderText: web ? "" : placeholderFor(2), cannotEdit: false, appearance: "BoundingBox" });
    expect(recText).toMatchObject({ cannotEdit: true, removeWhenEdited: false });
    expect(section).toMatchObject({ title: "Recommendation 2", cannotEdit: false });
  });

  it.each([3, 13, 200])("takes the same two round trips for %i recommendations", async (count) => {
    const { host, model } = setupWordHost();
    await createOfficeWordPort().insertPlan(planFor(syntheticInspection(count)), "cursor");
    expect(host.counters.syncs).toBe(2);
    expect(model.allControls().filter((c) => c.tag.startsWith("ird:section:"))).toHaveLength(count);
  });

  it("inserts right after the paragraph holding the cursor", async () => {
    const { model } = setupWordHost(with13(), { body: ["Dear Commissioner,", "Yours sincerely"], selection: { paragraphText: "Dear Commissioner,", offset: 4 } });
    await createOfficeWordPort().insertPlan(planFor(three, { blocks: false }), "cursor");
    const texts = paragraphTexts(model);
    expect(texts[0]).toBe("Dear Commissioner,");
    expect(texts[1]).toBe("Recommendation 1");
    expect(texts.slice(-1)).toEqual(["Yours sincerely"]);
  });

  it.each([
    ["a header", { header: ["Official – Sensitive"], body: ["Letter"], selection: { paragraphText: "Official – Sensitive" } }, /header/],
    ["a table", { body: ["Letter", { table: [["a", "b"]] }, "After the table"], selection: { paragraphText: "b" } }, /table/],
    [
      "another content control",
      { body: ["Letter", { cc: { tag: "signature", title: "Signature" }, children: ["Jane Doe"] }, "PS"], selection: { paragraphText: "Jane Doe" } },
      "cursor-in-control",
    ],
  ])("goes to the end of the document, and says why, when the cursor is in %s", async (_where, spec, why) => {
    const { model, host } = setupWordHost({}, spec);
    const outcome = await createOfficeWordPort().insertPlan(planFor(three, { blocks: false }), "cursor");
    const reason = typeof why === "string" ? why : why.source === "header" ? "cursor-in-header" : "cursor-in-table";
    // Word 2016 (WordApi 1.1/1.2) cannot say where the cursor is: always the end, for that reason.
    expect(outcome.placement).toEqual({ at: "end", reason: atLeast13(host) ? reason : "old-word" });
    // After everything else in the body; on WordApi 1.1/1.2 after the last top-level control, as it cannot read the last paragraph.
    const top = model.body.children.filter((b) => b.kind === "control");
    expect(top.at(-1)).toMatchObject({ kind: "control", tag: sectionTag(id, "r3") });
    if (atLeast13(host)) expect(model.body.children.at(-1)).toBe(top.at(-1));
    expect(model.header.children).toHaveLength(1);
  });

  it("appends after the outermost control when the document ends inside nested controls, never into them (WORD-SEMANTICS 64)", async () => {
    const spec = {
      body: ["Letter", { cc: { tag: "letterhead", title: "Letterhead" }, children: ["Signed", { cc: { tag: "signature", title: "Signature" }, children: ["Jane Doe"] }] }],
    };
    const { model, host } = setupWordHost({}, spec);
    const outcome = await createOfficeWordPort().insertPlan(planFor(three, { blocks: false }), "end");
    expect(outcome).toMatchObject({ verified: true, placement: { at: "end", reason: "requested" } });
    expect(model.body.children.map((b) => (b.kind === "control" ? b.tag : b.kind))).toEqual(["paragraph", "letterhead", sectionTag(id, "r1"), sectionTag(id, "r2"), sectionTag(id, "r3")]);
    expect(outline(model).filter((l) => l.includes("Jane Doe"))).toEqual(["    Normal: Jane Doe"]);
    // How the controls nest comes with the first read (parents from 1.3, contents below): two round trips.
    expect(host.counters.syncs).toBe(2);
  });

  it("renders the same outline on Word 2016 (WordApi 1.1), with English style names, at the end, saying why", async () => {
    const { host, model } = setupWordHost({ wordApi: "1.1" }, { body: ["Dear Commissioner,"] });
    const outcome = await createOfficeWordPort().insertPlan(planFor(three, { blocks: false }), "cursor");
    expect(outline(model)).toEqual(["Normal: Dear Commissioner,", ...expectedSection(1), ...expectedSection(2), ...expectedSection(3)]);
    expect(outcome).toMatchObject({ placement: { at: "end", reason: "old-word" }, verified: true });
    expect(host.counters.syncs).toBe(2);
  });

  it.each(["1.9", "1.1"])("nests a section that starts with its recommendation text (no heading) on WordApi %s", async (wordApi) => {
    const { model } = setupWordHost({ wordApi });
    await createOfficeWordPort().insertPlan(planFor(three, { heading: false, blocks: false }), "end");
    const rec = three.recommendations[0];
    expect(outline(model).slice(0, 6)).toEqual([
      `[${sectionTag(id, rec.id)}]`,
      `  [${blockTag(`rec-text:${id}:${rec.id}`)}]`,
      `    Quote: ${rec.text}`,
      "  Heading 3: Response",
      `  [${responseTag(id, rec.id)}]`,
      "    Normal: ",
    ]);
    expect(model.allControls().filter((c) => c.tag.startsWith("ird:section:"))).toHaveLength(3);
  });

  it("puts approved wording in place of the empty response's starter paragraph, leaving no empty line above or below it, in two round trips", async () => {
    const { model, host } = setupWordHost(with13());
    const port = createOfficeWordPort();
    await port.insertPlan(planFor(three, { blocks: false }), "end");
    const before = outline(model);
    const response = controlsTagged(model, responseTag(id, "r2"))[0];
    const para = response.children[0];
    if (para.kind !== "paragraph") throw new Error("the response should hold a paragraph");
    model.setCursor(para.id);
    const wording = { kind: "control" as const, tag: wordingTag("accepted", 2), title: "Accepted", children: [{ kind: "paragraph" as const, text: "We accept this recommendation.", style: "Normal" as const }] };
    host.resetCounters();
    const outcome = await port.insertWording(wording);
    expect(outcome).toMatchObject({ placement: { at: "in-response", responseTag: responseTag(id, "r2") }, verified: true });
    expect(host.counters.syncs).toBe(2);
    const after = outline(model);
    const at = after.indexOf(`  [${responseTag(id, "r2")}]`);
    // The starter paragraph became the wording's own (it carries the response's tags, so it is wrapped, never deleted: WORD-SEMANTICS 26, 37).
    expect(after.slice(at, at + 4)).toEqual([`  [${responseTag(id, "r2")}]`, `    [${wordingTag("accepted", 2)}]`, "      Normal: We accept this recommendation.", before[at + 2]]);
    expect(after).toHaveLength(before.length + 1);
    // The response holds only the wording, which Word would delete with it (65): the block cannot be deleted on its own.
    expect(controlsTagged(model, wordingTag("accepted", 2))[0].cannotDelete).toBe(true);
    // Everything outside the response is as it was.
    expect(after.slice(0, at + 1)).toEqual(before.slice(0, at + 1));
    expect(after.slice(at + 3)).toEqual(before.slice(at + 2));
  });

  it("adds wording after what the author already wrote in the response, touching nothing else", async () => {
    const { model, host } = setupWordHost(with13());
    const port = createOfficeWordPort();
    await port.insertPlan(planFor(three, { blocks: false }), "end");
    const para = controlsTagged(model, responseTag(id, "r2"))[0].children[0];
    if (para.kind !== "paragraph") throw new Error("the response should hold a paragraph");
    model.setParagraphText(para.id, "We accept this recommendation.");
    model.setCursor(para.id, 3);
    const before = outline(model);
    host.resetCounters();
    const wording = { kind: "control" as const, tag: wordingTag("accepted", 1), title: "Accepted", children: [{ kind: "paragraph" as const, text: "Work starts in March.", style: "Normal" as const }] };
    await port.insertWording(wording);
    const after = outline(model);
    const at = after.indexOf(`  [${responseTag(id, "r2")}]`);
    expect(after.slice(at, at + 4)).toEqual([`  [${responseTag(id, "r2")}]`, "    Normal: We accept this recommendation.", `    [${wordingTag("accepted", 1)}]`, "      Normal: Work starts in March."]);
    expect([...after.slice(0, at + 2), ...after.slice(at + 4)]).toEqual(before);
    expect(host.counters.syncs).toBe(2);
  });

  it("puts a second block of wording in the response too, right after the block the cursor is in, never inside it", async () => {
    const { model, host } = setupWordHost(with13());
    const port = createOfficeWordPort();
    await port.insertPlan(planFor(three, { blocks: false }), "end");
    const para = controlsTagged(model, responseTag(id, "r2"))[0].children[0];
    if (para.kind !== "paragraph") throw new Error("the response should hold a paragraph");
    model.setCursor(para.id);
    const wording = (n: number) => ({ kind: "control" as const, tag: wordingTag("accepted", n), title: "Accepted", children: [{ kind: "paragraph" as const, text: `Wording ${n}.`, style: "Normal" as const }] });
    await port.insertWording(wording(1));
    // The cursor is still in that paragraph, now the first wording's.
    model.setCursor(para.id);
    host.resetCounters();
    // "End" of the response would now land inside the first wording (WORD-SEMANTICS 64).
    const outcome = await port.insertWording(wording(2));
    expect(outcome).toMatchObject({ placement: { at: "in-response", responseTag: responseTag(id, "r2") }, verified: true });
    const after = outline(model);
    const at = after.indexOf(`  [${responseTag(id, "r2")}]`);
    expect(after.slice(at, at + 6)).toEqual([
      `  [${responseTag(id, "r2")}]`,
      `    [${wordingTag("accepted", 1)}]`,
      "      Normal: Wording 1.",
      `    [${wordingTag("accepted", 2)}]`,
      "      Normal: Wording 2.",
      `[${sectionTag(id, "r3")}]`,
    ]);
    expect(host.counters.syncs).toBe(2);
  });
});

describe("inserting into a document that already has some sections", () => {
  it("inserting the full response again adds only the missing sections, not the letter's wording a second time", async () => {
    const { model } = setupWordHost();
    const port = createOfficeWordPort();
    const opening = { kind: "control" as const, tag: wordingTag("opening-report-published", 1), title: "Opening", children: [{ kind: "paragraph" as const, text: "We welcome the report.", style: "Normal" as const }] };
    const sections = planFor(three, { blocks: false }).nodes;
    await port.insertPlan({ inspectionId: id, nodes: [opening, sections[0]] }, "end");
    const outcome = await port.insertPlan({ inspectionId: id, nodes: [opening, ...sections] }, "end");
    expect(outcome).toMatchObject({ inserted: [sectionTag(id, "r2"), sectionTag(id, "r3")], blocks: 0 });
    expect(controlsTagged(model, wordingTag("opening-report-published", 1))).toHaveLength(1);
  });

  it("leaves the sections and blocks it already has alone and says so", async () => {
    const { model } = setupWordHost();
    const port = createOfficeWordPort();
    await port.insertPlan({ inspectionId: id, nodes: planFor(three).nodes.slice(0, 2) }, "end");
    const outcome = await port.insertPlan(planFor(three), "end");
    expect(outcome).toMatchObject({ inserted: [sectionTag(id, "r2"), sectionTag(id, "r3")], skipped: [sectionTag(id, "r1")] });
    for (const tag of ["ird:block:opening", sectionTag(id, "r1"), sectionTag(id, "r2"), "ird:block:closing"]) expect(controlsTagged(model, tag)).toHaveLength(1);
  });
});
