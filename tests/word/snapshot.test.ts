/** Reading the document for coverage: paragraphs, tagged controls, the stored inspection. */
import { responseTag, sectionTag } from "../../src/domain/tags";
import type { WordHostOptions } from "../../src/preview/emulator/options";
import { createOfficeWordPort } from "../../src/word";
import { setupWordHost, with13 } from "../support/wordHost";
import { controlsTagged } from "./outline";
import { inspectionWith, placeholderFor, planFor } from "./plans";

const three = inspectionWith(3);
const id = three.id;

async function drafted(options: Partial<WordHostOptions> = {}, body: Parameters<typeof setupWordHost>[1] = {}) {
  const setup = setupWordHost(options, body);
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(three, { blocks: false }), "end");
  setup.host.resetCounters();
  return { ...setup, port };
}

describe("reading the document", () => {
  it("reads a long document in two round trips", async () => {
    const long = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i + 1} of the report.`);
    const { host, port } = await drafted({}, { body: long });
    const snapshot = await port.readSnapshot();
    expect(host.counters.syncs).toBeLessThanOrEqual(2);
    expect(snapshot.paragraphs.length).toBeGreaterThan(2000);
    expect(snapshot.controls.filter((c) => c.tag.startsWith("ird:section:"))).toHaveLength(3);
  });

  it.each(["placeholder", "empty"] as const)("reads an unanswered response as empty when Word gives its %s text", async (emptyControlText) => {
    const { port, host } = await drafted({ emptyControlText });
    const snapshot = await port.readSnapshot();
    const response = snapshot.controls.find((c) => c.tag === responseTag(id, "r1"));
    // Word on the web refuses placeholderText (WORD-SEMANTICS 66), so the response shows Word's own there.
    const placeholderText = host.options.platform === "OfficeOnline" ? "" : placeholderFor(1);
    expect(response).toMatchObject({ text: "", placeholderText, title: "Response to recommendation 1" });
    const inResponse = snapshot.paragraphs.filter((p) => p.controlTags?.includes(responseTag(id, "r1")));
    expect(inResponse.map((p) => p.text)).toEqual([""]);
  });

  it("reads what a person typed, and which section and response each paragraph belongs to", async () => {
    const { model, port } = await drafted();
    const response = controlsTagged(model, responseTag(id, "r2"))[0];
    const para = response.children[0];
    if (para.kind !== "paragraph") throw new Error("a response starts with a paragraph");
    model.setParagraphText(para.id, "We have already done this.");
    const snapshot = await port.readSnapshot();
    expect(snapshot.controls.find((c) => c.tag === responseTag(id, "r2"))?.text).toBe("We have already done this.");
    const typed = snapshot.paragraphs.find((p) => p.text === "We have already done this.");
    expect(typed).toMatchObject({ style: "Normal", controlTags: [sectionTag(id, "r2"), responseTag(id, "r2")] });
    const heading = snapshot.paragraphs.find((p) => p.text === "Recommendation 2");
    expect(heading).toMatchObject({ style: "Heading 2", controlTags: [sectionTag(id, "r2")] });
  });

  it("lists other tagged controls but gives their paragraphs no add-in tags, and marks table text", async () => {
    // Table paragraphs are listed, with their nesting level, from WordApi 1.3.
    const setup = setupWordHost(with13(), {
      body: ["Intro", { cc: { tag: "signature", title: "Signature" }, children: ["Jane Doe"] }, { table: [["Recommendation 1", "Done"]] }, ""],
    });
    const snapshot = await createOfficeWordPort().readSnapshot();
    expect(snapshot.controls.map((c) => c.tag)).toEqual(["signature"]);
    expect(snapshot.paragraphs.find((p) => p.text === "Jane Doe")?.controlTags).toBeUndefined();
    expect(snapshot.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toEqual(["Recommendation 1", "Done"]);
    expect(setup.host.counters.syncs).toBe(1);
  });

  it("does not re-read the stored inspection on every scan: two round trips, no custom XML read", async () => {
    const { host, port } = await drafted();
    await port.storeInspection(three);
    host.resetCounters();
    const snapshot = await port.readSnapshot();
    expect(snapshot.storedInspection).toBeUndefined();
    expect(host.counters.syncs).toBe(2);
    expect(JSON.stringify(host.lastRequest)).not.toMatch(/CustomXml/);
  });

  it("reads paragraphs and styles on Word 2016 (WordApi 1.1)", async () => {
    const { port } = await drafted({ wordApi: "1.1" });
    const snapshot = await port.readSnapshot();
    expect(snapshot.paragraphs.find((p) => p.text === "Recommendation 3")).toMatchObject({ style: "Heading 2", controlTags: [sectionTag(id, "r3")] });
  });
});
