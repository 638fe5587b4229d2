/**
 * A summary table at the end of the document (e.g. the recommendations and their status): a
 * heading paragraph, then a table with the header row first. Tables need WordApi 1.3; older Word
 * gets one tab-separated paragraph per row instead, which still reads as a table to a person.
 */
import { pendingTag } from "./build";
import { errorLocation, insertFailure, toWordActionError } from "./errors";
import { queueTrackingMode, syncWithTrackingPaused } from "./cleanup";
import { requireWordApi11, runAction } from "./host";
import { probeCursor, probeEnd, queueBodyControls, type Spot } from "./place";
import type { FailureCleanup, HostCapabilities, TablePut, TableSpec } from "./port";
import { paragraphText } from "./render";

/** Every row as wide as the widest, every cell plain one-line text. */
export function squareRows(rows: string[][]): string[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => paragraphText(String(r[i] ?? ""))));
}

export async function appendTable(title: string, rows: string[][], caps: HostCapabilities): Promise<void> {
  requireWordApi11("add-table");
  const grid = squareRows(rows);
  await runAction("add-table", true, async (context) => {
    // Never "End" of a body whose last paragraph is in a control (WORD-SEMANTICS 64), where Word can.
    const controls = queueBodyControls(context, caps);
    const end = probeEnd(context, caps, controls);
    await context.sync();
    if (end.needsRead()) await context.sync();
    const before = controls().ids;
    // Built inside a hidden pending-tagged control, unwrapped last (like build.ts): if Word stops
    // part-way, the clean-up finds that control (new since the first sync) and takes it out.
    const tag = pendingTag(Math.random().toString(36).slice(2, 10), 0);
    const heading = end.spot().place("");
    const wrapper = heading.insertContentControl();
    wrapper.set({ tag, title: "Inserting…", appearance: "Hidden" });
    heading.insertText(paragraphText(title), "Start");
    // Into the wrapper at its "End" while its last child is a paragraph (never "After" its last
    // paragraph, which can land outside it, WORD-SEMANTICS 26; nor "End" after a table, 64).
    if (caps.wordApi13) {
      heading.styleBuiltIn = "Heading2" as Word.BuiltInStyleName;
      if (grid.length > 0) wrapper.insertTable(grid.length, grid[0].length, "End", grid).headerRowCount = 1;
    } else {
      heading.style = "Heading 2";
      for (const row of grid) wrapper.insertParagraph(row.join("\t"), "End").style = "Normal";
    }
    wrapper.delete(true);
    try {
      await context.sync();
    } catch (error) {
      throw insertFailure(error, "add-table", await removeNew(context, before, error));
    }
  });
}

/**
 * After a failed write batch (WORD-SEMANTICS 16: what ran before the failure stays): removes the
 * controls that were not there before (the wrapper, tagged or not yet), with all in them. With
 * none, Word stopped before the wrap: at most the one empty paragraph it was to wrap is left (none
 * when inserting that paragraph failed).
 */
async function removeNew(context: Word.RequestContext, before: Set<number>, error: unknown): Promise<FailureCleanup> {
  try {
    const now = context.document.body.contentControls.load("items/id");
    await context.sync();
    const made = now.items.filter((cc) => !before.has(cc.id));
    if (made.length === 0) return errorLocation(error).endsWith("insertParagraph") ? { state: "unchanged" } : { state: "empty-paragraph-left" };
    // The wrapper is the first made (document order); deleting it takes the rest in it.
    made[0].delete(false);
    await context.sync();
    return { state: "unchanged" };
  } catch {
    return { state: "left-behind", titles: ["Inserting…"] };
  }
}

/**
 * Adds the table in its own control tagged `spec.tag`, or, when the document has that control,
 * replaces its contents in place ("Update coverage table"): one table however often it is updated.
 * One Word.run: the first sync finds the control, the sections and the cursor; the second writes.
 * A new table goes right after the last of the sections (so before the letter's closing and
 * signature), or at the cursor when there is none.
 */
export async function putTable(spec: TableSpec, caps: HostCapabilities): Promise<TablePut> {
  requireWordApi11("add-table");
  const grid = squareRows(spec.rows);
  return runAction("add-table", true, async (context) => {
    const controls = queueBodyControls(context, caps);
    const cursor = probeCursor(context, caps, controls);
    const tracking = queueTrackingMode(context, caps);
    await context.sync();
    const body = controls();
    const existing = body.byTag(spec.tag);
    if (existing) {
      // The table is the add-in's own summary, rebuilt whole: under Track Changes each update would
      // otherwise leave the old table behind as a tracked deletion (WORD-SEMANTICS 55), one more
      // struck-through table per update. From WordApi 1.4 tracking is paused for the replace and
      // restored in the same sync; below 1.4 Word cannot say whether it tracks.
      try {
        await syncWithTrackingPaused(context, tracking.on(), () => fillTable(existing, spec, grid, caps, "Replace"));
      } catch (error) {
        throw toWordActionError(error, "update-table", true);
      }
      return { done: "updated" };
    }
    const lastSection = body.items.filter((cc) => cc.tag.startsWith(spec.afterSectionsOf) && !body.isNested(cc.id)).at(-1);
    let spot: Spot;
    let at: TablePut["at"];
    if (lastSection) {
      spot = { placement: { at: "after-section", sectionTag: lastSection.tag }, place: (text) => lastSection.insertParagraph(text, "After") };
      at = "after-sections";
    } else {
      if (cursor.needsRead()) await context.sync();
      spot = cursor.spot();
      at = spot.placement.at === "end" ? "end" : "cursor";
    }
    const before = body.ids;
    // Built inside a hidden pending-tagged control, tagged last (like build.ts): if Word stops
    // part-way, the clean-up finds that control (new since the first sync) and takes it out.
    const heading = spot.place("");
    const wrapper = heading.insertContentControl();
    wrapper.set({ tag: pendingTag(Math.random().toString(36).slice(2, 10), 0), title: "Coverage table", appearance: "Hidden" });
    fillTable(wrapper, spec, grid, caps, heading);
    wrapper.tag = spec.tag;
    try {
      await context.sync();
    } catch (error) {
      throw insertFailure(error, "add-table", await removeNew(context, before, error));
    }
    return { done: "added", at };
  });
}

/**
 * The heading, then the table (WordApi 1.3) or one tab-separated paragraph per row. "Replace"
 * empties the control first and writes the heading in its place; the table then goes at the
 * control's "End" while its last child is that heading paragraph (never "End" after a table, 64).
 */
function fillTable(control: Word.ContentControl, spec: TableSpec, grid: string[][], caps: HostCapabilities, heading: Word.Paragraph | "Replace"): void {
  const title = paragraphText(spec.title);
  const head = heading === "Replace" ? control.insertText(title, "Replace") : heading.insertText(title, "Start");
  if (caps.wordApi13) {
    head.styleBuiltIn = "Heading2" as Word.BuiltInStyleName;
    if (grid.length === 0) return;
    const table = control.insertTable(grid.length, grid[0].length, "End", grid);
    table.headerRowCount = 1;
    // Fixed widths, so a long recommendation wraps in its column instead of widening the table.
    spec.widths?.slice(0, grid[0].length).forEach((width, column) => (table.getCell(0, column).columnWidth = width));
  } else {
    head.style = "Heading 2";
    for (const row of grid) control.insertParagraph(row.join("\t"), "End").style = "Normal";
  }
}

