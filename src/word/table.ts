/**
 * A summary table at the end of the document (e.g. the recommendations and their status): a
 * heading paragraph, then a table with the header row first. Tables need WordApi 1.3; older Word
 * gets one tab-separated paragraph per row instead, which still reads as a table to a person.
 */
import { requireWordApi11, runAction } from "./host";
import { probeEnd, queueBodyControls } from "./place";
import type { HostCapabilities } from "./port";
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
    const end = probeEnd(context, caps, queueBodyControls(context, caps));
    await context.sync();
    if (end.needsRead()) await context.sync();
    const heading = end.spot().place(paragraphText(title));
    if (caps.wordApi13) {
      heading.styleBuiltIn = "Heading2" as Word.BuiltInStyleName;
      if (grid.length > 0) {
        const table = heading.insertTable(grid.length, grid[0].length, "After", grid);
        table.headerRowCount = 1;
      }
    } else {
      heading.style = "Heading 2";
      let previous = heading;
      for (const row of grid) {
        previous = previous.insertParagraph(row.join("\t"), "After");
        previous.style = "Normal";
      }
    }
    await context.sync();
  });
}
