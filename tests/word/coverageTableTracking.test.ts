/**
 * "Update coverage table" with Track Changes on (issue 13; WORD-SEMANTICS 53–55, 71). Word keeps
 * what an edit removes under tracking as a tracked deletion, still in the document and still read
 * back (54, 55): an update must still leave one table with the new figures as the user sees the
 * document (deletions hidden, as in Word's "Simple Markup"), and what the add-in reads afterwards
 * must not count the old rows or the old table.
 */
import { coverageTableTag } from "../../src/domain/tags";
import { createOfficeWordPort } from "../../src/word";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { BlockNode, ParagraphNode, TableNode } from "../../src/preview/emulator/modelTypes";
import { atLeast13, atLeast14, setupWordHost } from "../support/wordHost";
import { controlsTagged } from "./outline";
import { coverageTableSpec, inspectionWith, planFor } from "./plans";

const three = inspectionWith(3);
const tag = coverageTableTag(three.id);
const spec = (statuses: string[]) => coverageTableSpec(three, statuses);
const FIRST = ["not yet answered", "not yet answered", "not yet answered"];
const SECOND = ["answered", "deferred", "not in the document"];
const rowsOf = (statuses: string[]) => spec(statuses).rows;

/** A paragraph as the user sees it with tracked deletions hidden: null when it is deleted as a whole. */
function shown(model: WordDocumentModel, p: ParagraphNode, deletedControl: boolean): string | null {
  const changes = model.trackedChanges.filter((c) => c.para === p && c.type === "Deleted");
  if (deletedControl || changes.some((c) => c.wholeParagraph)) return null;
  const hide = new Array<boolean>(p.text.length).fill(false);
  for (const c of changes) hide.fill(true, c.start, c.end);
  return p.text.split("").filter((_, i) => !hide[i]).join("");
}

/** The coverage table control's content as the user sees it: its paragraphs and its tables' visible rows. */
function tableControlAsShown(model: WordDocumentModel): { paragraphs: string[]; tables: string[][][] } {
  const [cc] = controlsTagged(model, tag).filter((c) => c.changeTrackingState !== "Deleted");
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  const visit = (node: BlockNode) => {
    if (node.kind === "paragraph") {
      const text = shown(model, node, false);
      if (text !== null) paragraphs.push(text);
    } else if (node.kind === "control") node.children.forEach(visit);
    else {
      const rows = (node as TableNode).rows
        .map((row) => row.cells.map((cell) => cell.children.filter((b): b is ParagraphNode => b.kind === "paragraph").map((p) => shown(model, p, false))))
        // A row whose every cell paragraph is deleted is a deleted row: hidden.
        .filter((cells) => cells.some((paras) => paras.some((t) => t !== null)))
        .map((cells) => cells.map((paras) => paras.filter((t) => t !== null).join("\n")));
      if (rows.length > 0) tables.push(rows);
    }
  };
  cc.children.forEach(visit);
  return { paragraphs, tables };
}

async function drafted() {
  const setup = setupWordHost({}, { body: ["Dear Home Secretary,", ""] });
  const port = createOfficeWordPort();
  await port.insertPlan(planFor(three), "end");
  setup.model.changeTrackingMode = "TrackAll";
  return { ...setup, port };
}

describe("updating the coverage table with Track Changes on", () => {
  it("leaves one table, showing only the new figures, and tracking stays on", async () => {
    const { model, host, port } = await drafted();
    await port.putTable(spec(FIRST));
    const put = await port.putTable(spec(SECOND));
    expect(put).toEqual({ done: "updated" });
    expect(model.changeTrackingMode).toBe("TrackAll");
    if (atLeast14(host)) {
      // From 1.4 the add-in's own summary is rebuilt with tracking paused: no struck-through old
      // table is left in the control, and nothing in it is marked as changed.
      const [cc] = controlsTagged(model, tag);
      expect(cc.children.filter((b) => b.kind === "table")).toHaveLength(1);
      const inControl = new Set(model.view().filter((v) => v.controls.includes(cc) && v.node.kind === "paragraph").map((v) => v.node));
      expect(model.trackedChanges.filter((c) => inControl.has(c.para))).toEqual([]);
    }
    const live = controlsTagged(model, tag).filter((c) => c.changeTrackingState !== "Deleted");
    expect(live).toHaveLength(1);
    const { paragraphs, tables } = tableControlAsShown(model);
    if (atLeast13(host)) {
      expect(paragraphs).toEqual(["Recommendations and responses"]);
      expect(tables).toEqual([rowsOf(SECOND)]);
    } else {
      expect(paragraphs).toEqual(["Recommendations and responses", ...rowsOf(SECOND).map((r) => r.join("\t"))]);
    }
  });

  it("a second update still shows one table with the latest figures", async () => {
    const { model, host, port } = await drafted();
    await port.putTable(spec(FIRST));
    await port.putTable(spec(SECOND));
    await port.putTable(spec(["answered", "answered", "answered"]));
    const { paragraphs, tables } = tableControlAsShown(model);
    if (atLeast13(host)) {
      expect(paragraphs).toEqual(["Recommendations and responses"]);
      expect(tables).toEqual([rowsOf(["answered", "answered", "answered"])]);
    } else expect(paragraphs.slice(1)).toEqual(rowsOf(["answered", "answered", "answered"]).map((r) => r.join("\t")));
  });

  it("reading the document afterwards finds the table once and counts no old row", async () => {
    const { port } = await drafted();
    await port.putTable(spec(FIRST));
    await port.putTable(spec(["deferred", "deferred", "deferred"]));
    await port.putTable(spec(SECOND));
    for (const scope of ["document", "sections"] as const) {
      const snapshot = await port.readSnapshot(scope);
      const ours = snapshot.controls!.filter((c) => c.tag === tag);
      expect(ours).toHaveLength(1);
      const inTable = snapshot.paragraphs.filter((p) => p.controlTags?.includes(tag)).map((p) => p.text);
      // Word below 1.4 cannot leave tracked deletions out, and says so.
      if (snapshot.trackedDeletions === "unknown") continue;
      expect(inTable.join("\n")).not.toMatch(/not yet answered/);
      expect(inTable.filter((t) => t === "Recommendations and responses")).toHaveLength(1);
      expect(inTable.filter((t) => t === "answered")).toHaveLength(1);
    }
  });
});
