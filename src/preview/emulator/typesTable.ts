/** Tables: insertTable (Body Start/End; Paragraph/Range Before/After) and a read-only reading. */
import * as E from "./edits";
import type { HostCtx, HostObj, ObjOf, TypeDef } from "./hostObjects";
import { paragraphsIn } from "./modelTree";
import type { BlockNode, ContainerNode, TableNode } from "./modelTypes";
import { blocksTextOf } from "./typesText";

export type TableSpot = { container: ContainerNode; where: "Start" | "End" } | { anchor: BlockNode; where: "Before" | "After" };

export function insertTable(ctx: HostCtx, spot: TableSpot, rowCount: unknown, columnCount: unknown, values: unknown, location: string): HostObj {
  const rows = Number(rowCount);
  const cols = Number(columnCount);
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) ctx.error("InvalidArgument", location);
  const grid = Array.isArray(values) ? (values as unknown[][]) : [];
  const table: TableNode = {
    kind: "table",
    id: ctx.model.otherId(),
    style: "Table Grid",
    headerRowCount: 0,
    rows: Array.from({ length: rows }, (_, r) => ({
      kind: "row" as const,
      id: ctx.model.otherId(),
      cells: Array.from({ length: cols }, (_, c) => ({
        kind: "cell" as const,
        id: ctx.model.otherId(),
        children: [ctx.model.newParagraph(String(grid[r]?.[c] ?? ""))] as BlockNode[],
      })),
    })),
  };
  if ("container" in spot) {
    ctx.checkContentEdit(location, spot.container);
    if (spot.where === "Start") spot.container.children.unshift(table);
    else spot.container.children.push(table);
  } else {
    const loc = E.locate(ctx, spot.anchor, location);
    ctx.checkContentEdit(location, loc.container);
    loc.container.children.splice(spot.where === "Before" ? loc.index : loc.index + 1, 0, table);
  }
  ctx.model.structureChanged();
  ctx.changed();
  return { t: "Table", table };
}

const cellText = (ctx: HostCtx, t: TableNode) => t.rows.map((r) => r.cells.map((c) => blocksTextOf(ctx, c.children)));

export const TableType: TypeDef<ObjOf<"Table">> = {
  props: {
    RowCount: { get: (o) => o.table.rows.length },
    Values: { get: (o, ctx) => cellText(ctx, o.table) },
    Style: {
      get: (o) => o.table.style,
      set: (o, v, ctx) => {
        ctx.checkWrite("Table.style");
        o.table.style = String(v);
        ctx.changed();
      },
    },
    HeaderRowCount: {
      get: (o) => o.table.headerRowCount,
      set: (o, v, ctx) => {
        ctx.checkWrite("Table.headerRowCount");
        o.table.headerRowCount = Number(v);
        ctx.changed();
      },
    },
    NestingLevel: { get: (o, ctx) => ctx.model.tree.tableNestingLevel(o.table) + 1 },
  },
  navs: {
    Rows: (o) => ({ t: "TableRowCollection", table: o.table }),
  },
  methods: {
    Delete: {
      call: (o, _a, ctx) => E.deleteControlOrTable(ctx, o.table, "Table.delete"),
    },
    // word.d.ts Table.getCell (1.3): ItemNotFound when the cell does not exist.
    GetCell: {
      call: (o, [rowIndex, cellIndex], ctx) => {
        const row = o.table.rows[Number(rowIndex)];
        const cell = row?.cells[Number(cellIndex)];
        if (!row || !cell) ctx.error("ItemNotFound", "Table.getCell");
        return { t: "TableCell", cell: cell!, row: row!, table: o.table };
      },
    },
  },
};

/** A new table's columns share the text width (A4 with 2.54 cm margins: 451 pt) evenly. */
const TEXT_WIDTH = 451;

/** Each column's width in points, as Word lays the table out: as the add-in set them, or the even split. */
export function tableColumnWidths(table: TableNode): number[] {
  const count = Math.max(1, ...table.rows.map((r) => r.cells.length));
  return Array.from({ length: count }, (_, i) => table.columnWidths?.[i] ?? TEXT_WIDTH / count);
}

export const TableRowCollectionType: TypeDef<ObjOf<"TableRowCollection">> = {
  items: (o) => o.table.rows.map((row) => ({ t: "TableRow", row, table: o.table })),
};

export const TableRowType: TypeDef<ObjOf<"TableRow">> = {
  props: {
    CellCount: { get: (o) => o.row.cells.length },
    RowIndex: { get: (o) => o.table.rows.indexOf(o.row) },
    Values: { get: (o, ctx) => [o.row.cells.map((c) => blocksTextOf(ctx, c.children))] },
    IsHeader: { get: (o) => o.table.rows.indexOf(o.row) < o.table.headerRowCount },
  },
  navs: { Cells: (o) => ({ t: "TableCellCollection", row: o.row, table: o.table }) },
};

export const TableCellCollectionType: TypeDef<ObjOf<"TableCellCollection">> = {
  items: (o) => o.row.cells.map((cell) => ({ t: "TableCell", cell, row: o.row, table: o.table })),
};

export const TableCellType: TypeDef<ObjOf<"TableCell">> = {
  props: {
    Value: { get: (o, ctx) => blocksTextOf(ctx, o.cell.children) },
    RowIndex: { get: (o) => o.table.rows.indexOf(o.row) },
    CellIndex: { get: (o) => o.row.cells.indexOf(o.cell) },
    // word.d.ts TableCell.columnWidth (1.3): the width of the cell's column, in points.
    ColumnWidth: {
      get: (o) => o.table.columnWidths?.[o.row.cells.indexOf(o.cell)] ?? TEXT_WIDTH / o.row.cells.length,
      set: (o, v, ctx) => {
        ctx.checkWrite("TableCell.columnWidth");
        const width = Number(v);
        if (!Number.isFinite(width) || width <= 0) ctx.error("InvalidArgument", "TableCell.columnWidth");
        const count = o.row.cells.length;
        const widths = o.table.columnWidths ?? Array.from({ length: count }, () => TEXT_WIDTH / count);
        widths[o.row.cells.indexOf(o.cell)] = width;
        o.table.columnWidths = widths;
        ctx.changed();
      },
    },
  },
  navs: { Body: (o) => ({ t: "Body", story: o.cell }) },
};

export const TableCollectionType: TypeDef<ObjOf<"TableCollection">> = {
  items: (o) => o.list().map((table) => ({ t: "Table", table })),
};

export const tableParagraphs = (t: TableNode) => paragraphsIn([t]);
