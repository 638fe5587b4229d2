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

describe("two neighbouring controls with the same text", () => {
  it.each(["document", "sections"] as const)("each keeps its own paragraph (%s read)", async (scope) => {
    const same = "We accept this recommendation.";
    setupWordHost({}, {
      body: [
        "Dear Inspector,",
        { cc: { tag: sectionTag(id, "r1") }, children: [{ cc: { tag: responseTag(id, "r1") }, children: [same] }] },
        { cc: { tag: sectionTag(id, "r2") }, children: [{ cc: { tag: responseTag(id, "r2") }, children: [same] }] },
        { cc: { tag: "ird:wording:accepted@1" }, children: [same] },
        { cc: { tag: "ird:wording:accepted@1" }, children: [same] },
      ],
    });
    const snapshot = await createOfficeWordPort().readSnapshot(scope);
    expect(snapshot.paragraphs.filter((p) => p.text === same).map((p) => p.controlTags)).toEqual([
      [sectionTag(id, "r1"), responseTag(id, "r1")],
      [sectionTag(id, "r2"), responseTag(id, "r2")],
      ["ird:wording:accepted@1"],
      ["ird:wording:accepted@1"],
    ]);
  });
});

describe("reading a document with tracked changes (WORD-SEMANTICS 54, 55, 71)", () => {
  /** Edits as a person with Track Changes on would, whatever WordApi level the add-in sees. */
  async function withTracking(host: ReturnType<typeof setupWordHost>["host"], edit: (context: Word.RequestContext) => void) {
    const level = host.options.wordApi;
    host.configure({ wordApi: "1.9" });
    await Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      await context.sync();
      edit(context);
      await context.sync();
    });
    host.configure({ wordApi: level });
  }
  const level = (host: ReturnType<typeof setupWordHost>["host"]) => Number(host.options.wordApi.split(".")[1]);
  const answered = {
    body: [
      "Dear Home Secretary",
      { cc: { tag: sectionTag(id, "r1") }, children: ["Recommendation 1", { cc: { tag: responseTag(id, "r1") }, children: ["We have done this."] }] },
      { cc: { tag: sectionTag(id, "r2") }, children: ["Recommendation 2", { cc: { tag: responseTag(id, "r2") }, children: ["We will do this by March."] }] },
    ],
  };

  it("an answer deleted with Track Changes on is not read as an answer where Word can tell (1.4+), and the snapshot says when it cannot", async () => {
    const { host, port } = await drafted();
    await withTracking(host, (context) => {
      context.document.contentControls.getByTag(responseTag(id, "r2")).getFirst().paragraphs.getFirst().insertText("Deleted answer.", "Replace");
    });
    // The replacement itself was deleted too: what is left, now, is nothing.
    await withTracking(host, (context) => {
      context.document.contentControls.getByTag(responseTag(id, "r2")).getFirst().paragraphs.getFirst().getRange("Content").delete();
    });
    host.resetCounters();
    const snapshot = await port.readSnapshot();
    const r2 = snapshot.controls.find((c) => c.tag === responseTag(id, "r2"));
    if (level(host) >= 4) {
      expect(r2?.text).toBe("");
      expect(snapshot.paragraphs.some((p) => p.text.includes("Deleted answer."))).toBe(false);
      expect(snapshot.trackedDeletions).toBe(level(host) >= 5 ? "excluded" : "textOnly");
    } else {
      expect(r2?.text).toContain("Deleted answer.");
      expect(snapshot.trackedDeletions).toBe("unknown");
    }
    expect(host.counters.syncs).toBeLessThanOrEqual(2);
  });

  it("a section deleted with Track Changes on is no longer a section from WordApi 1.5; at 1.4 its text is gone", async () => {
    const { host } = setupWordHost({}, answered);
    await withTracking(host, (context) => context.document.contentControls.getByTag(sectionTag(id, "r2")).getFirst().delete(false));
    const snapshot = await createOfficeWordPort().readSnapshot();
    const tags = snapshot.controls.map((c) => c.tag);
    if (level(host) >= 5) {
      expect(tags).toEqual([sectionTag(id, "r1"), responseTag(id, "r1")]);
      expect(snapshot.paragraphs.filter((p) => p.controlTags?.includes(sectionTag(id, "r2")))).toEqual([]);
    } else {
      expect(tags).toContain(responseTag(id, "r2"));
      const r2 = snapshot.controls.find((c) => c.tag === responseTag(id, "r2"));
      expect(r2?.text).toBe(level(host) >= 4 ? "" : "We will do this by March.");
    }
    expect(snapshot.controls.find((c) => c.tag === responseTag(id, "r1"))?.text).toBe("We have done this.");
  });

  it("with no tracked deletion, a 1.4+ host reads as before and says nothing about tracking", async () => {
    const { host } = setupWordHost({}, answered);
    await withTracking(host, (context) => context.document.body.insertParagraph("Added under tracking", "End"));
    const snapshot = await createOfficeWordPort().readSnapshot();
    expect(snapshot.trackedDeletions).toBe(level(host) >= 4 ? undefined : "unknown");
    expect(snapshot.paragraphs.map((p) => p.text)).toContain("Added under tracking");
  });

  it("reads built-in styles by styleBuiltIn from 1.3, so Word in another language still shows headings", async () => {
    const { host } = setupWordHost({ styleLanguage: "german" }, { body: [{ p: "Recommendations for national bodies", style: "Heading 2" }, "Text"] });
    const snapshot = await createOfficeWordPort().readSnapshot();
    // Below 1.3 Word has no styleBuiltIn: the German name is all there is (English names only, as documented).
    expect(snapshot.paragraphs[0].style).toBe(level(host) >= 3 ? "Heading 2" : "Überschrift 2");
  });
});
