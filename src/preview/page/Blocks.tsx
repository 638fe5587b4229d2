/**
 * The document's blocks as Word shows them: styled paragraphs, content controls in a bounding box
 * with a title tab, tables. Paragraph text is written into the DOM imperatively and only when it
 * differs from the model, so re-rendering never moves the caret of a person typing.
 */
import { useId, useLayoutEffect, useRef, type KeyboardEvent } from "react";
import { tableColumnWidths, type BlockNode, type ControlNode, type ParagraphNode, type TableNode } from "../emulator";
import type { Editor } from "./editing";

export interface ViewState {
  readOnly: boolean;
  defaultPlaceholder: string;
  /** Blocks the selection covers whole (a selected control, paragraph or table). */
  selected: Set<BlockNode>;
  /** The paragraph holding the cursor or a text selection. */
  cursorPara: ParagraphNode | null;
  /** Controls around the cursor: Word draws their box and tab. */
  active: Set<ControlNode>;
  editor: Editor;
}

const HEADING_TAGS: Record<string, "h1" | "h2" | "h3" | "h4"> = { "Heading 1": "h1", "Heading 2": "h2", "Heading 3": "h3", "Heading 4": "h4" };
const slug = (style: string) => `s-${style.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** Word numbers "List Number" paragraphs itself; the model only carries a listString when known. */
function markers(blocks: BlockNode[]): Map<ParagraphNode, string> {
  const out = new Map<ParagraphNode, string>();
  let n = 0;
  for (const b of blocks) {
    if (b.kind !== "paragraph") {
      n = 0;
      continue;
    }
    if (b.list) out.set(b, b.list.listString);
    else if (b.style === "List Number") out.set(b, `${++n}.`);
    else if (b.style === "List Bullet") out.set(b, "•");
    if (b.style !== "List Number") n = 0;
  }
  return out;
}

export function BlockList({ blocks, view, locked, placeholder }: { blocks: BlockNode[]; view: ViewState; locked: boolean; placeholder?: string }) {
  const marks = markers(blocks);
  return (
    <>
      {blocks.map((b) => {
        if (b.kind === "control") return <ControlBlock key={`cc${b.id}`} cc={b} view={view} locked={locked} />;
        if (b.kind === "table") return <TableBlock key={b.id} table={b} view={view} locked={locked} />;
        return (
          <ParagraphBlock
            key={b.id}
            para={b}
            text={b.text}
            editable={!locked && !view.readOnly}
            placeholder={placeholder}
            marker={marks.get(b)}
            cursor={view.cursorPara === b}
            selected={view.selected.has(b)}
          />
        );
      })}
    </>
  );
}

interface ParagraphProps {
  para: ParagraphNode;
  /** Passed apart from `para` (which the model mutates in place) so a text change re-renders. */
  text: string;
  editable: boolean;
  placeholder?: string;
  marker?: string;
  cursor: boolean;
  selected: boolean;
}

function ParagraphBlock({ para, text, editable, placeholder, marker, cursor, selected }: ParagraphProps) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.textContent !== text) el.textContent = text;
  });
  const Tag = HEADING_TAGS[para.style] ?? "p";
  const element = (
    <Tag
      ref={ref as never}
      className={`para ${slug(para.style)}`}
      data-para={para.id}
      data-style={para.style}
      contentEditable={editable ? "plaintext-only" : "false"}
      suppressContentEditableWarning
      spellCheck={editable}
      data-placeholder={placeholder && text === "" ? placeholder : undefined}
      data-cursor={cursor || undefined}
      data-selected={selected || undefined}
    />
  );
  if (!marker) return element;
  return (
    <div className="list-item">
      <span className="marker" aria-hidden="true">
        {marker}
      </span>
      {element}
    </div>
  );
}

function ControlBlock({ cc, view, locked }: { cc: ControlNode; view: ViewState; locked: boolean }) {
  const tabId = useId();
  const label = cc.title || cc.tag || "Content control";
  const only = cc.children.length === 1 && cc.children[0].kind === "paragraph" ? cc.children[0] : undefined;
  // Word shows the placeholder while the control holds one empty paragraph.
  const placeholder = only ? cc.placeholderText || view.defaultPlaceholder : undefined;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      view.editor.deleteControl(cc);
    }
  };
  return (
    <div
      role="group"
      aria-labelledby={tabId}
      className="cc"
      data-cc={cc.id}
      data-tag={cc.tag}
      data-appearance={cc.appearance}
      data-active={view.active.has(cc) || undefined}
      data-selected={view.selected.has(cc) || undefined}
      data-locked={cc.cannotEdit || undefined}
      style={{ ["--cc-color" as string]: cc.color || "#2B579A" }}
    >
      <button
        type="button"
        id={tabId}
        className="cc-tab"
        title={cc.cannotDelete ? "Select this content control (it cannot be deleted)" : "Select this content control; Delete removes it"}
        aria-pressed={view.selected.has(cc)}
        onClick={() => view.editor.selectControl(cc)}
        onKeyDown={onKeyDown}
      >
        {label}
      </button>
      <div className="cc-box">
        <BlockList blocks={cc.children} view={view} locked={locked || cc.cannotEdit} placeholder={placeholder} />
      </div>
    </div>
  );
}

function TableBlock({ table, view, locked }: { table: TableNode; view: ViewState; locked: boolean }) {
  // Word lays a table out at its columns' widths in points (cell padding inside them), never by
  // its content: a narrow column wraps its words, it does not squeeze them to a letter a line.
  const widths = tableColumnWidths(table);
  return (
    <table
      className="doc-table"
      data-table={table.id}
      data-selected={view.selected.has(table) || undefined}
      style={{ width: `${widths.reduce((a, b) => a + b, 0)}pt` }}
    >
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w}pt` }} />
        ))}
      </colgroup>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={row.id}>
            {row.cells.map((cell) => {
              const Cell = r < table.headerRowCount ? "th" : "td";
              return (
                <Cell key={cell.id} scope={Cell === "th" ? "col" : undefined}>
                  <BlockList blocks={cell.children} view={view} locked={locked} />
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
