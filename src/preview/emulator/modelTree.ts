/**
 * Tree helpers over the document model: parents, document order, text. Pure functions over
 * nodes so the dispatcher and the preview page share one reading of the document.
 */
import type {
  BlockNode,
  BlockView,
  ContainerNode,
  ControlNode,
  ParagraphNode,
  StoryNode,
  TableCellNode,
  TableNode,
} from "./modelTypes";

export type AnyNode = BlockNode | StoryNode | TableCellNode;

export interface Location {
  container: ContainerNode;
  index: number;
}

/** Parent index for one story; rebuilt lazily after structural edits. */
export class TreeIndex {
  private parents = new Map<AnyNode, Location>();
  private cellTables = new Map<TableCellNode, TableNode>();

  constructor(readonly stories: StoryNode[]) {
    for (const s of stories) this.indexContainer(s);
  }

  private indexContainer(c: ContainerNode): void {
    c.children.forEach((child, index) => {
      this.parents.set(child, { container: c, index });
      if (child.kind === "control") this.indexContainer(child);
      if (child.kind === "table") {
        for (const row of child.rows)
          for (const cell of row.cells) {
            this.cellTables.set(cell, child);
            this.indexContainer(cell);
          }
      }
    });
  }

  location(node: BlockNode): Location | undefined {
    return this.parents.get(node);
  }

  /** The table a cell belongs to. */
  tableOf(cell: TableCellNode): TableNode | undefined {
    return this.cellTables.get(cell);
  }

  /** Containers from the story down to the block's own container, outermost first. */
  ancestors(node: BlockNode): ContainerNode[] {
    const chain: ContainerNode[] = [];
    let loc = this.parents.get(node);
    while (loc) {
      chain.unshift(loc.container);
      const c = loc.container;
      if (c.kind === "control") loc = this.parents.get(c);
      else if (c.kind === "cell") {
        const table = this.cellTables.get(c);
        loc = table ? this.parents.get(table) : undefined;
      } else loc = undefined;
    }
    return chain;
  }

  storyOf(node: BlockNode): StoryNode | undefined {
    const first = this.ancestors(node)[0];
    return first && first.kind === "story" ? first : undefined;
  }

  /** Controls containing the node, outermost first (the node itself excluded). */
  controlsAround(node: BlockNode): ControlNode[] {
    return this.ancestors(node).filter((c): c is ControlNode => c.kind === "control");
  }

  tableNestingLevel(node: BlockNode): number {
    return this.ancestors(node).filter((c) => c.kind === "cell").length;
  }
}

/** Blocks of a story in document order, with depth and surrounding controls (WordDocumentModel.view). */
export function storyView(story: StoryNode): BlockView[] {
  const out: BlockView[] = [];
  const visit = (c: ContainerNode, depth: number, controls: ControlNode[], inTable: boolean) => {
    for (const node of c.children) {
      out.push({ node, depth, controls, inTable });
      if (node.kind === "control") visit(node, depth + 1, [...controls, node], inTable);
      if (node.kind === "table") for (const row of node.rows) for (const cell of row.cells) visit(cell, depth + 1, controls, true);
    }
  };
  visit(story, 0, [], false);
  return out;
}

/** WORD-SEMANTICS 27: every story (and control, cell) ends with a paragraph mark. */
export function ensureNotEmpty(container: ContainerNode, newParagraph: () => ParagraphNode): void {
  if (container.children.length === 0) container.children.push(newParagraph());
  for (const child of container.children) {
    if (child.kind === "control") ensureNotEmpty(child, newParagraph);
    if (child.kind === "table") for (const row of child.rows) for (const cell of row.cells) ensureNotEmpty(cell, newParagraph);
  }
}

/** Every paragraph under the nodes, in document order (table cells included). */
export function paragraphsIn(nodes: readonly BlockNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const visit = (n: BlockNode) => {
    if (n.kind === "paragraph") out.push(n);
    else if (n.kind === "control") n.children.forEach(visit);
    else for (const row of n.rows) for (const cell of row.cells) cell.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

/** Paragraphs under the nodes, skipping those in tables (what `paragraphs` lists before WordApi 1.3). */
export function paragraphsOutsideTables(nodes: readonly BlockNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const visit = (n: BlockNode) => {
    if (n.kind === "paragraph") out.push(n);
    else if (n.kind === "control") n.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

/** Every content control under the nodes (nested ones included), in document order. */
export function controlsIn(nodes: readonly BlockNode[]): ControlNode[] {
  const out: ControlNode[] = [];
  const visit = (n: BlockNode) => {
    if (n.kind === "control") {
      out.push(n);
      n.children.forEach(visit);
    } else if (n.kind === "table") for (const row of n.rows) for (const cell of row.cells) cell.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

export function childrenOf(node: BlockNode | StoryNode | TableCellNode): BlockNode[] {
  if (node.kind === "paragraph") return [node];
  if (node.kind === "table") return [node];
  return node.children;
}

/** Blocks whose content a node covers (a paragraph covers itself). */
export function contentBlocks(node: BlockNode | StoryNode | TableCellNode): BlockNode[] {
  if (node.kind === "control" || node.kind === "story" || node.kind === "cell") return node.children;
  return [node];
}

/** A control is "showing its placeholder" when its only content is one empty paragraph. */
export function isShowingPlaceholder(cc: ControlNode): boolean {
  const paras = paragraphsIn(cc.children);
  return cc.children.length === 1 && paras.length === 1 && paras[0].text === "";
}

export interface TextOptions {
  /** WORD-SEMANTICS 38: what an empty control's text reads as. */
  emptyControlText: "placeholder" | "empty";
  defaultPlaceholderText: string;
}

export function placeholderOf(cc: ControlNode, opts: TextOptions): string {
  return cc.placeholderText || opts.defaultPlaceholderText;
}

/**
 * The text of a run of blocks as Word reads it: paragraphs joined by "\r"; an empty control
 * reads as its placeholder under the strict option (WORD-SEMANTICS 38).
 */
export function blocksText(nodes: readonly BlockNode[], opts: TextOptions): string {
  const parts: string[] = [];
  const visit = (n: BlockNode) => {
    if (n.kind === "paragraph") parts.push(n.text);
    else if (n.kind === "control") {
      if (opts.emptyControlText === "placeholder" && isShowingPlaceholder(n)) parts.push(placeholderOf(n, opts));
      else n.children.forEach(visit);
    } else
      for (const row of n.rows) for (const cell of row.cells) cell.children.forEach(visit);
  };
  nodes.forEach(visit);
  return parts.join("\r");
}
