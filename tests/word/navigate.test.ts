/** Going to a section, highlighting responses, the summary table and change notices. */
import { responseTag, sectionTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { CONTROL_COLOR, HIGHLIGHT_COLOR } from "../../src/word/render";
import { setupWordHost } from "../support/wordHost";
import { controlsTagged, outline } from "./outline";
import { inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const id = three.id;

async function drafted(wordApi = "1.9") {
  const setup = setupWordHost({ wordApi }, { body: ["Dear Inspector,"] });
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(three, { blocks: false }), "end");
  return { ...setup, port };
}

describe("finding your way in the document", () => {
  it.each(["1.9", "1.1"])("selects the whole section when its flag is clicked (WordApi %s)", async (wordApi) => {
    const { model, port } = await drafted(wordApi);
    await port.selectTag(sectionTag(id, "r2"));
    expect(model.selection).toMatchObject({ kind: "node", node: controlsTagged(model, sectionTag(id, "r2"))[0], part: "Whole" });
  });

  it.each(["1.9", "1.1"])("puts the cursor at the start of a response, selecting nothing (WordApi %s)", async (wordApi) => {
    const { model, port } = await drafted(wordApi);
    await port.selectTag(responseTag(id, "r2"), "start");
    const response = controlsTagged(model, responseTag(id, "r2"))[0];
    // Inside the response, at the start of its first paragraph: typing goes into the response.
    expect(model.selection).toMatchObject({ kind: "node", node: response.children[0], part: "Before" });
  });

  it("selects a paragraph by its place in the document", async () => {
    const { model, port } = await drafted();
    await port.selectParagraph(1);
    expect(model.selection).toMatchObject({ kind: "node", node: model.paragraphs()[1] });
    expect(model.paragraphs()[1].text).toBe("Recommendation 1");
  });

  it("goes to a paragraph of a long document reading only that paragraph (issue 12)", async () => {
    const { model, host } = setupWordHost({}, { body: Array.from({ length: 3000 }, (_, i) => `Paragraph ${i + 1}.`) });
    host.resetCounters();
    await createOfficeWordPort().selectParagraph(2500);
    expect(model.selection).toMatchObject({ kind: "node", node: model.paragraphs()[2500] });
    const bytes = host.requestLog.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
    expect(bytes).toBeLessThan(20_000);
  });

  it("says a paragraph beyond the end is no longer there", async () => {
    setupWordHost({}, { body: ["One", "Two"] });
    await expect(createOfficeWordPort().selectParagraph(2)).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("highlights responses and takes the highlight off again without changing any text", async () => {
    const { model, port } = await drafted();
    const before = outline(model);
    const tags = [responseTag(id, "r1"), responseTag(id, "r3")];
    await port.highlight(tags, true);
    expect(tags.map((t) => controlsTagged(model, t)[0].color)).toEqual([HIGHLIGHT_COLOR, HIGHLIGHT_COLOR]);
    expect(controlsTagged(model, responseTag(id, "r2"))[0].color).toBe(CONTROL_COLOR);
    await createOfficeWordPort().highlight(tags, false);
    expect(tags.map((t) => controlsTagged(model, t)[0].color)).toEqual([CONTROL_COLOR, CONTROL_COLOR]);
    expect(outline(model)).toEqual(before);
  });

  it("gives a control back the colour it had before the highlight", async () => {
    const { model, port } = await drafted();
    const response = controlsTagged(model, responseTag(id, "r1"))[0];
    response.color = "#00FF00";
    await port.highlight([response.tag], true);
    await port.highlight([response.tag], false);
    expect(response.color).toBe("#00FF00");
  });
});

describe("the summary table", () => {
  const rows = [
    ["Recommendation", "Status"],
    ["1", "Answered"],
    ["2", "Not yet answered"],
  ];

  it("adds a heading and a table with a header row at the end", async () => {
    const { model, port } = await drafted();
    await port.appendTable("Progress against the recommendations", rows);
    const lines = outline(model);
    const at = lines.indexOf("Heading 2: Progress against the recommendations");
    expect(lines.slice(at - 1, at + 8)).toEqual([
      "    Normal: ",
      "Heading 2: Progress against the recommendations",
      "<table 3x2>",
      ...rows.flat().map((t) => `  cell Normal: ${t}`),
    ]);
    const table = model.body.children.find((b) => b.kind === "table");
    expect(table).toMatchObject({ headerRowCount: 1 });
  });

  it("writes one tab-separated line per row on Word 2016 (WordApi 1.1)", async () => {
    const { model, port } = await drafted("1.1");
    await port.appendTable("Progress", rows);
    expect(outline(model).slice(-4)).toEqual(["Heading 2: Progress", "Normal: Recommendation\tStatus", "Normal: 1\tAnswered", "Normal: 2\tNot yet answered"]);
  });
});

describe("noticing changes", () => {
  it("calls back when the selection moves (Word before WordApi 1.6), until unsubscribed", async () => {
    const { host, model } = setupWordHost({ wordApi: "1.4" }, { body: ["One", "Two"] });
    const seen: number[] = [];
    const stop = createOfficeWordPort().onDocumentChanged(() => seen.push(1));
    await new Promise((r) => setTimeout(r, 5));
    model.setCursor(model.paragraphs()[1].id);
    host.office.fireSelectionChanged();
    expect(seen).toHaveLength(1);
    stop();
    host.office.fireSelectionChanged();
    expect(seen).toHaveLength(1);
  });
});
