/** The coverage table kept in its own tagged control: added after the last section, then updated in place (issue 13). */
import { coverageTableTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import { atLeast13, setupWordHost } from "../support/wordHost";
import { controlsTagged, outline } from "./outline";
import { coverageTableSpec, inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const tag = coverageTableTag(three.id);
const spec = (statuses: string[]) => coverageTableSpec(three, statuses);

async function drafted() {
  const setup = setupWordHost({}, { body: ["Dear Home Secretary,", ""] });
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(three), "end");
  return { ...setup, port };
}

/** The outline without the table control and what is in it. */
function withoutTable(lines: string[]): string[] {
  const start = lines.indexOf(`[${tag}]`);
  if (start < 0) return lines;
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith("  ")) end++;
  return [...lines.slice(0, start), ...lines.slice(end)];
}

describe("the coverage table", () => {
  it("goes right after the last section, before the letter's closing, in its own tagged control", async () => {
    const { model, port } = await drafted();
    const before = outline(model);
    const put = await port.putTable(spec(["not yet answered", "answered", "not in the document"]));
    expect(put).toEqual({ done: "added", at: "after-sections" });
    const lines = outline(model);
    expect(withoutTable(lines)).toEqual(before);
    const at = lines.indexOf(`[${tag}]`);
    expect(at).toBeGreaterThan(lines.lastIndexOf(`[ird:section:${three.id}:${three.recommendations[2].id}]`));
    expect(at).toBeLessThan(lines.indexOf("[ird:block:closing]"));
    expect(lines[at + 1]).toMatch(/^ {2}Heading 2: Recommendations and responses$/);
  });

  it("a second time replaces the table's contents in place: one table, new contents, nothing else changed", async () => {
    const { model, host, port } = await drafted();
    const before = outline(model);
    await port.putTable(spec(["not yet answered", "not yet answered", "not yet answered"]));
    const first = outline(model);
    host.resetCounters();
    const put = await port.putTable(spec(["answered", "answered (for another body)", "not yet answered"]));
    expect(put).toEqual({ done: "updated" });
    // One Word.run: one sync to find it, one to write.
    expect(host.requestLog.filter((r) => !r.cleanup).length).toBe(2);
    const second = outline(model);
    expect(controlsTagged(model, tag)).toHaveLength(1);
    expect(withoutTable(second)).toEqual(before);
    expect(second.indexOf(`[${tag}]`)).toBe(first.indexOf(`[${tag}]`));
    expect(second.length).toBe(first.length);
    const text = second.join("\n");
    expect(text).toMatch(/answered \(for another body\)/);
    expect(text.match(/Recommendations and responses/g)).toHaveLength(1);
    if (atLeast13(host)) {
      const tables = second.filter((l) => l.includes("<table"));
      expect(tables).toEqual(["  <table 4x3>"]);
      expect(model.allControls().length).toBe(controlsTagged(model, tag).length + before.filter((l) => l.trim().startsWith("[")).length);
    } else {
      // Word 2016 (WordApi 1.1): one tab-separated paragraph per row, still one heading.
      expect(second.filter((l) => l.includes("\t"))).toHaveLength(4);
    }
  });

  it("has fixed column widths where Word has tables (WordApi 1.3)", async () => {
    const { model, host, port } = await drafted();
    await port.putTable(spec(["answered", "answered", "answered"]));
    if (!atLeast13(host)) return;
    const table = model.view().find((v) => v.node.kind === "table")!.node as { columnWidths?: number[] };
    expect(table.columnWidths).toEqual([40, 300, 110]);
    await port.putTable(spec(["answered", "answered", "not yet answered"]));
    const updated = model.view().find((v) => v.node.kind === "table")!.node as { columnWidths?: number[] };
    expect(updated.columnWidths).toEqual([40, 300, 110]);
  });

  it("with no section in the document, goes at the cursor (or the end where Word cannot say)", async () => {
    const { model, port } = { ...setupWordHost({}, { body: ["Dear Home Secretary,", "Yours sincerely"] }), port: createOfficeWordPort() };
    const put = await port.putTable(spec(["not in the document", "not in the document", "not in the document"]));
    expect(put.done).toBe("added");
    expect(["cursor", "end"]).toContain(put.at);
    expect(controlsTagged(model, tag)).toHaveLength(1);
  });
});
