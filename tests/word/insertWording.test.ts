/**
 * Approved wording at the cursor (issue 10): inside a response it takes the response's own style
 * and leaves no empty line; where it cannot go (locked text, a header, a table, someone else's
 * control, Word that cannot say where the cursor is) nothing is inserted and the outcome names the
 * nearest place, which the pane offers; "Remove what was just inserted" gives the response back.
 */
import type { PlanControl } from "../../src/domain/plan";
import { recTextTag, responseTag, sectionTag, wordingTag } from "../../src/domain/tags";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { BlockSpec, DocSpec } from "../../src/preview/emulator/modelSpec";
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost, with13 } from "../support/wordHost";
import { controlsTagged, outline } from "./outline";

const id = "insp";
const WORDING = wordingTag("accepted", 1);
const wording = (texts = ["We accept this recommendation.", "Work starts in March."]): PlanControl => ({
  kind: "control",
  tag: WORDING,
  title: "Accepted",
  children: texts.map((text) => ({ kind: "paragraph" as const, text, style: "Normal" as const })),
});

/** A section as compose makes it (heading, locked recommendation text, response), its response in the office's own style. */
function letter(response: BlockSpec[] = [{ p: "", style: "Response Text" }]): DocSpec {
  return {
    body: [
      { p: "Dear Inspector,", style: "Normal" },
      {
        cc: { tag: sectionTag(id, "r3"), title: "Recommendation 3", cannotDelete: true },
        children: [
          { p: "Recommendation 3", style: "Heading 2" },
          { cc: { tag: recTextTag(id, "r3"), title: "Recommendation text", cannotEdit: true }, children: [{ p: "Forces should do better.", style: "Quote" }] },
          { cc: { tag: responseTag(id, "r3"), title: "Response", placeholderText: "Type the response." }, children: response },
        ],
      },
      { p: "Yours sincerely", style: "Normal" },
    ],
  };
}

const responseLines = (model: WordDocumentModel) => {
  const lines = outline(model);
  const at = lines.indexOf(`  [${responseTag(id, "r3")}]`);
  const end = lines.findIndex((l, i) => i > at && !l.startsWith("    "));
  return lines.slice(at + 1, end);
};

describe("wording inside a response", () => {
  it("takes the place of the empty starter paragraph, in the response's own style, with no empty line above or below", async () => {
    const { model, host } = setupWordHost(with13(), { ...letter(), selection: { controlTag: responseTag(id, "r3") } });
    const starter = controlsTagged(model, responseTag(id, "r3"))[0].children[0];
    model.setCursor(starter.kind === "paragraph" ? starter.id : "", 0);
    const before = outline(model);
    host.resetCounters();
    const outcome = await createOfficeWordPort().insertWording(wording());
    expect(outcome).toMatchObject({ placement: { at: "in-response", responseTag: responseTag(id, "r3") }, verified: true, blocks: 1 });
    expect(host.counters.syncs).toBe(2);
    expect(responseLines(model)).toEqual([`    [${WORDING}]`, "      Response Text: We accept this recommendation.", "      Response Text: Work starts in March."]);
    // Only the response changed.
    const after = outline(model);
    expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
    expect(after.slice(-1)).toEqual(before.slice(-1));
  });

  it("goes at the cursor when the response has typed text, in that text's style, and leaves the text as it was", async () => {
    const { model } = setupWordHost(with13(), { ...letter([{ p: "We accept this.", style: "Response Text" }, { p: "More to follow.", style: "Response Text" }]), selection: { paragraphText: "We accept this." } });
    const outcome = await createOfficeWordPort().insertWording(wording(["It is in hand."]));
    expect(outcome.placement).toEqual({ at: "in-response", responseTag: responseTag(id, "r3") });
    expect(responseLines(model)).toEqual(["    Response Text: We accept this.", `    [${WORDING}]`, "      Response Text: It is in hand.", "    Response Text: More to follow."]);
  });

  it("takes the place of an empty paragraph the author left for it after their text, and gives it back when removed", async () => {
    const { model } = setupWordHost(with13(), letter([{ p: "We accept this.", style: "Response Text" }, { p: "", style: "Response Text" }]));
    const empty = controlsTagged(model, responseTag(id, "r3"))[0].children[1];
    model.setCursor(empty.kind === "paragraph" ? empty.id : "", 0);
    const before = outline(model);
    const port = createOfficeWordPort();
    const outcome = await port.insertWording(wording(["It is in hand."]));
    expect(responseLines(model)).toEqual(["    Response Text: We accept this.", `    [${WORDING}]`, "      Response Text: It is in hand."]);
    // Not the response's only content: it can be deleted like any block.
    expect(controlsTagged(model, WORDING)[0].cannotDelete).toBe(false);
    await port.removeInserted(outcome.receipt!);
    expect(outline(model)).toEqual(before);
  });

  it("goes at the end of the response, still inside it, when the cursor is in its last paragraph", async () => {
    const { model } = setupWordHost(with13(), { ...letter([{ p: "We accept this.", style: "Response Text" }]), selection: { paragraphText: "We accept this." } });
    await createOfficeWordPort().insertWording(wording(["It is in hand."]));
    expect(responseLines(model)).toEqual(["    Response Text: We accept this.", `    [${WORDING}]`, "      Response Text: It is in hand."]);
  });

  it("gives the response back as it was when the insert is removed (the block is emptied and unwrapped, not deleted with the response)", async () => {
    const { model } = setupWordHost(with13(), letter());
    const starter = controlsTagged(model, responseTag(id, "r3"))[0].children[0];
    model.setCursor(starter.kind === "paragraph" ? starter.id : "", 0);
    const before = outline(model);
    const port = createOfficeWordPort();
    const outcome = await port.insertWording(wording());
    expect(outcome.receipt?.fills).toEqual(outcome.receipt?.controlIds);
    const removal = await port.removeInserted(outcome.receipt!);
    expect(removal.removed).toBe(1);
    expect(outline(model)).toEqual(before);
    expect(controlsTagged(model, responseTag(id, "r3"))).toHaveLength(1);
  });
});

describe("when Word stops part-way through filling an empty response", () => {
  it("gives the response back as it was, whichever action failed, and says nothing was added", async () => {
    const cursorInStarter = (model: WordDocumentModel) => {
      const starter = controlsTagged(model, responseTag(id, "r3"))[0].children[0];
      model.setCursor(starter.kind === "paragraph" ? starter.id : "", 0);
    };
    const probe = setupWordHost(with13(), letter());
    cursorInStarter(probe.model);
    probe.host.resetCounters();
    await createOfficeWordPort().insertWording(wording());
    const actions = probe.host.requestLog.filter((r) => !r.cleanup)[1].actions;
    let failed = 0;
    for (let action = 0; action < actions; action++) {
      const { model, host } = setupWordHost(with13(), letter());
      cursorInStarter(model);
      const before = outline(model);
      host.injectFailure({ batch: 1, action, code: "GeneralException" });
      const error = await createOfficeWordPort().insertWording(wording()).then(() => null, (e: unknown) => e as { cleanup?: { state: string } });
      if (!error) continue; // that action was a read whose failure Word would not report here
      failed++;
      expect({ action, cleanup: error.cleanup }).toEqual({ action, cleanup: { state: "unchanged" } });
      expect({ action, outline: outline(model) }).toEqual({ action, outline: before });
    }
    expect(failed).toBeGreaterThan(5);
  });
});

describe("where wording cannot go", () => {
  it("inserts nothing in the locked recommendation text, in one sync, and names the response of the same section", async () => {
    const { model, host } = setupWordHost(with13(), { ...letter(), selection: { paragraphText: "Forces should do better." } });
    const before = JSON.stringify(model.body);
    host.resetCounters();
    const outcome = await createOfficeWordPort().insertWording(wording());
    expect(outcome).toMatchObject({ placement: { at: "refused", reason: "locked-text", nearest: { at: "response", responseTag: responseTag(id, "r3") } }, blocks: 0, receipt: null });
    expect(host.counters.syncs).toBe(1);
    expect(JSON.stringify(model.body)).toBe(before);
  });

  it("puts it in the response it offered when asked, in that response's style", async () => {
    const { model } = setupWordHost(with13(), { ...letter(), selection: { paragraphText: "Forces should do better." } });
    const port = createOfficeWordPort();
    const refused = await port.insertWording(wording());
    if (refused.placement.at !== "refused") throw new Error("expected a refusal");
    const outcome = await port.insertWording(wording(), refused.placement.nearest);
    expect(outcome).toMatchObject({ placement: { at: "in-response", responseTag: responseTag(id, "r3") }, verified: true });
    expect(responseLines(model)).toEqual([`    [${WORDING}]`, "      Response Text: We accept this recommendation.", "      Response Text: Work starts in March."]);
  });

  it("names the response too when the cursor is in the section's heading", async () => {
    setupWordHost(with13(), { ...letter(), selection: { paragraphText: "Recommendation 3" } });
    const outcome = await createOfficeWordPort().insertWording(wording());
    expect(outcome.placement).toEqual({ at: "refused", reason: "in-section", nearest: { at: "response", responseTag: responseTag(id, "r3") } });
  });

  it.each<[string, DocSpec, string]>([
    ["a header", { header: ["Exampleshire OPCC"], selection: { paragraphText: "Exampleshire OPCC" } }, "cursor-in-header"],
    ["someone else's control", { body: ["Letter", { cc: { tag: "signature", title: "Signature" }, children: ["Jane Doe"] }], selection: { paragraphText: "Jane Doe" } }, "cursor-in-control"],
    ["a table", { body: ["Letter", { table: [["Action", "Owner"]] }], selection: { paragraphText: "Owner" } }, "cursor-in-table"],
  ])("inserts nothing in %s and names the end of the document", async (_where, spec, reason) => {
    const { model } = setupWordHost(with13(), spec);
    const before = JSON.stringify(model.body);
    const outcome = await createOfficeWordPort().insertWording(wording());
    expect(outcome.placement).toEqual({ at: "refused", reason, nearest: { at: "end" } });
    expect(JSON.stringify(model.body)).toBe(before);
  });

  it("names the response when the cursor is in a table inside it", async () => {
    setupWordHost(with13(), { ...letter([{ p: "Our plan:", style: "Normal" }, { table: [["Action", "Owner"]] }, "After the table"]), selection: { paragraphText: "Owner" } });
    const outcome = await createOfficeWordPort().insertWording(wording());
    expect(outcome.placement).toEqual({ at: "refused", reason: "cursor-in-table", nearest: { at: "response", responseTag: responseTag(id, "r3") } });
  });

  it("on Word 2016 (WordApi 1.1), which cannot say where the cursor is, inserts nothing and offers the end; there it goes when asked", async () => {
    const { model } = setupWordHost({ wordApi: "1.1" }, letter());
    const port = createOfficeWordPort();
    const before = JSON.stringify(model.body);
    const refused = await port.insertWording(wording());
    expect(refused.placement).toEqual({ at: "refused", reason: "old-word", nearest: { at: "end" } });
    expect(JSON.stringify(model.body)).toBe(before);
    const outcome = await port.insertWording(wording(), { at: "end" });
    expect(outcome).toMatchObject({ placement: { at: "end" }, verified: true });
    // Word 2016 cannot say where the last paragraph is: after the last top-level block (place.ts probeEnd).
    expect(outline(model).slice(-4)).toEqual([`[${WORDING}]`, "  Normal: We accept this recommendation.", "  Normal: Work starts in March.", "Normal: Yours sincerely"]);
  });

  it("on Word 2016, puts it in the response the pane names (the recommendation chosen), after what the response holds; at the end when that response has gone", async () => {
    const { model } = setupWordHost({ wordApi: "1.1" }, letter([{ p: "We have started.", style: "Response Text" }]));
    const port = createOfficeWordPort();
    const outcome = await port.insertWording(wording(), { at: "response", responseTag: responseTag(id, "r3") });
    expect(outcome).toMatchObject({ placement: { at: "in-response", responseTag: responseTag(id, "r3") }, verified: true });
    // Inside the response, after the typed text; nothing else in the letter moved.
    expect(responseLines(model).map((l) => l.replace(/^( +)[^:]+: /, "$1"))).toEqual([
      "    We have started.",
      `    [${WORDING}]`,
      "      We accept this recommendation.",
      "      Work starts in March.",
    ]);
    expect(outline(model).at(-1)).toBe("Normal: Yours sincerely");
    const gone = await port.insertWording(wording(), { at: "response", responseTag: responseTag(id, "r9") });
    expect(gone.placement).toEqual({ at: "end", reason: "old-word" });
  });
});
