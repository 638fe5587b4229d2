/**
 * What an object path evaluates to on the host, and the registry of types the dispatcher knows.
 * A type lists its scalar properties (PascalCase, as they travel), navigation properties (object
 * paths of type Property) and methods (object paths of type Method, or Method actions).
 */
import type { HostError } from "./errors";
import type { WordDocumentModel } from "./model";
import type {
  ControlNode,
  CustomXmlPartRecord,
  ParagraphNode,
  RangeRef,
  StoryNode,
  TableCellNode,
  TableNode,
  TableRowNode,
  TrackedChangeRecord,
} from "./modelTypes";
import type { WordHostOptions } from "./options";

export type HostObj =
  | { t: "Document" }
  | { t: "Body"; story: StoryNode | TableCellNode }
  | { t: "Paragraph"; p: ParagraphNode }
  | { t: "ParagraphCollection"; list: () => ParagraphNode[] }
  | { t: "ContentControl"; cc: ControlNode }
  | { t: "ContentControlCollection"; list: () => ControlNode[] }
  | { t: "Range"; r: RangeRef }
  | { t: "RangeCollection"; list: () => RangeRef[] }
  | { t: "Font"; owner: ControlNode | null }
  | { t: "Table"; table: TableNode }
  | { t: "TableCollection"; list: () => TableNode[] }
  | { t: "TableRow"; row: TableRowNode; table: TableNode }
  | { t: "TableRowCollection"; table: TableNode }
  | { t: "TableCell"; cell: TableCellNode; row: TableRowNode; table: TableNode }
  | { t: "TableCellCollection"; row: TableRowNode; table: TableNode }
  | { t: "CustomXmlPart"; part: CustomXmlPartRecord }
  | { t: "CustomXmlPartCollection" }
  | { t: "CustomXmlPartScopedCollection"; namespaceUri: string }
  | { t: "Setting"; key: string }
  | { t: "SettingCollection" }
  | { t: "SearchOptions"; opts: Record<string, boolean> }
  | { t: "Section" }
  | { t: "SectionCollection" }
  | { t: "TrackedChange"; change: TrackedChangeRecord }
  | { t: "TrackedChangeCollection"; list: () => TrackedChangeRecord[] };

export type HostType = HostObj["t"];
export type ObjOf<T extends HostType> = Extract<HostObj, { t: T }>;

/** What every handler gets: the model, the options and the write checks. */
export interface HostCtx {
  model: WordDocumentModel;
  options: WordHostOptions;
  /** Throws at sync in read-only mode (WORD-SEMANTICS 56). Call before any change. */
  checkWrite(location: string): void;
  /** Also rejects edits inside cannotEdit controls (WORD-SEMANTICS 30). */
  checkContentEdit(location: string, ...nodes: Array<ParagraphNode | ControlNode | TableNode | StoryNode | TableCellNode>): void;
  /** Records that the document content changed in this batch. */
  changed(kind?: "content" | "selection" | "customXml" | "settings"): void;
  error(code: HostError["code"], location: string, message?: string): never;
}

export interface PropDef<O> {
  get(o: O, ctx: HostCtx): unknown;
  set?(o: O, value: unknown, ctx: HostCtx): void;
  /** Not part of a default load() (like Word's heavy or private properties). */
  noDefault?: boolean;
}

export interface MethodDef<O> {
  call(o: O, args: unknown[], ctx: HostCtx): unknown;
}

export interface TypeDef<O> {
  props?: Record<string, PropDef<O>>;
  navs?: Record<string, (o: O, ctx: HostCtx) => HostObj | null>;
  methods?: Record<string, MethodDef<O>>;
  /** Collections: the items, in order. */
  items?(o: O, ctx: HostCtx): HostObj[];
  /** Collections: the Indexer path (getItem(key)). */
  indexer?(o: O, key: unknown, ctx: HostCtx): HostObj | null;
  /** A load (Query) of this object is answered with null (WORD-SEMANTICS 67). */
  queryAsNull?(o: O, ctx: HostCtx): boolean;
}

export type Registry = { [T in HostType]?: TypeDef<ObjOf<T>> };

/** Looks a wire name up case-insensitively (load paths arrive in camelCase). */
export function findKey<V>(record: Record<string, V> | undefined, name: string): string | undefined {
  if (!record) return undefined;
  if (name in record) return name;
  const lower = name.toLowerCase();
  return Object.keys(record).find((k) => k.toLowerCase() === lower);
}

/** Enum arguments arrive as given ("End", "end"); Word compares them without case. */
export function sameName(a: unknown, b: string): boolean {
  return typeof a === "string" && a.toLowerCase() === b.toLowerCase();
}

/** Identity used for reference ids and equality: the node an object stands for. */
export function identityOf(o: HostObj): unknown {
  switch (o.t) {
    case "Paragraph":
      return o.p;
    case "ContentControl":
      return o.cc;
    case "Table":
      return o.table;
    case "CustomXmlPart":
      return o.part;
    default:
      return undefined;
  }
}
