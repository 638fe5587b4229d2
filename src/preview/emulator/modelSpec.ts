/**
 * A small JSON-ish way to describe a document for tests and the preview page:
 *
 *   model.load({
 *     body: [
 *       { p: "Response to the inspection", style: "Heading 1" },
 *       { cc: { tag: "ird:section:x:1", title: "Recommendation 1" }, children: [{ p: "…" }] },
 *       { table: [["Recommendation", "Status"], ["1", "Answered"]] },
 *     ],
 *     customXmlParts: [BIBLIOGRAPHY_XML],
 *   })
 *
 * A bare string is a Normal paragraph.
 */
import type {
  BlockNode,
  ChangeTrackingMode,
  ContentControlAppearance,
  ContentControlType,
  ControlNode,
  StoryNode,
  StoryType,
} from "./modelTypes";

export type BlockSpec =
  | string
  | { p: string; style?: string; list?: { level?: number; listString: string } }
  | { cc: ControlSpec; children?: BlockSpec[] }
  | { table: string[][]; headerRowCount?: number };

export interface ControlSpec {
  tag?: string;
  title?: string;
  appearance?: ContentControlAppearance;
  color?: string;
  placeholderText?: string;
  cannotEdit?: boolean;
  cannotDelete?: boolean;
  removeWhenEdited?: boolean;
  /** Default "RichText"; other types are invisible to `contentControls` (WORD-SEMANTICS 34). */
  type?: ContentControlType;
}

export interface DocSpec {
  body?: BlockSpec[];
  header?: BlockSpec[];
  footer?: BlockSpec[];
  footnotes?: BlockSpec[];
  /** Where the cursor starts: in the first paragraph with this text, or on the control with this tag. */
  selection?: { paragraphText: string; offset?: number } | { controlTag: string };
  /** Raw XML of parts already in the document (e.g. a bibliography, WORD-SEMANTICS 49). */
  customXmlParts?: string[];
  /** Word.SettingCollection contents. */
  wordSettings?: Record<string, unknown>;
  /** Office.context.document.settings contents as last saved. */
  officeSettings?: Record<string, unknown>;
  changeTrackingMode?: ChangeTrackingMode;
}

interface IdSource {
  paragraph(): string;
  control(): number;
  other(): string;
}

/** Word's built-in style names by `styleBuiltIn` value. */
export const BUILT_IN_STYLE_NAMES: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  Heading1: "Heading 1",
  Heading2: "Heading 2",
  Heading3: "Heading 3",
  Heading4: "Heading 4",
  ListParagraph: "List Paragraph",
  ListNumber: "List Number",
  ListBullet: "List Bullet",
  Quote: "Quote",
  IntenseQuote: "Intense Quote",
  TableGrid: "Table Grid",
};

/** What Word in German calls the same built-in styles (the names Word shows in its Styles gallery). */
export const GERMAN_STYLE_NAMES: Record<string, string> = {
  Normal: "Standard",
  Title: "Titel",
  Subtitle: "Untertitel",
  Heading1: "Überschrift 1",
  Heading2: "Überschrift 2",
  Heading3: "Überschrift 3",
  Heading4: "Überschrift 4",
  ListParagraph: "Listenabsatz",
  ListNumber: "Listennummer",
  ListBullet: "Aufzählungszeichen",
  Quote: "Zitat",
  IntenseQuote: "Intensives Zitat",
  TableGrid: "Tabellenraster",
};

/**
 * The model keeps built-in styles under their English names. A style the add-in named through
 * `style` in another language's Word that happens to spell an English built-in name is a different
 * style: it is stored with this mark so it never reads as the built-in one.
 */
export const FOREIGN_NAME_MARK = "\u200b";

export function styleBuiltInOf(styleName: string): string {
  const hit = Object.entries(BUILT_IN_STYLE_NAMES).find(([, name]) => name === styleName);
  return hit ? hit[0] : "Other";
}

export function newControl(id: number, spec: ControlSpec, children: BlockNode[]): ControlNode {
  return {
    kind: "control",
    id,
    type: spec.type ?? "RichText",
    tag: spec.tag ?? "",
    title: spec.title ?? "",
    appearance: spec.appearance ?? "BoundingBox",
    color: spec.color ?? "",
    placeholderText: spec.placeholderText ?? "",
    cannotEdit: spec.cannotEdit ?? false,
    cannotDelete: spec.cannotDelete ?? false,
    removeWhenEdited: spec.removeWhenEdited ?? false,
    font: {},
    children,
  };
}

export function buildBlocks(specs: BlockSpec[], ids: IdSource): BlockNode[] {
  return specs.map((s): BlockNode => {
    if (typeof s === "string") return { kind: "paragraph", id: ids.paragraph(), text: s, style: "Normal" };
    if ("p" in s) {
      const list = s.list ? { level: s.list.level ?? 0, listString: s.list.listString } : undefined;
      return { kind: "paragraph", id: ids.paragraph(), text: s.p, style: s.style ?? "Normal", ...(list ? { list } : {}) };
    }
    if ("cc" in s) {
      const children = buildBlocks(s.children ?? [""], ids);
      return newControl(ids.control(), s.cc, children.length ? children : buildBlocks([""], ids));
    }
    return {
      kind: "table",
      id: ids.other(),
      style: "Table Grid",
      headerRowCount: s.headerRowCount ?? 0,
      rows: s.table.map((cells) => ({
        kind: "row" as const,
        id: ids.other(),
        cells: cells.map((text) => ({ kind: "cell" as const, id: ids.other(), children: buildBlocks([text], ids) })),
      })),
    };
  });
}

export function buildStory(type: StoryType, specs: BlockSpec[], ids: IdSource): StoryNode {
  const children = buildBlocks(specs, ids);
  // WORD-SEMANTICS 27: a body is never empty.
  if (children.length === 0) children.push({ kind: "paragraph", id: ids.paragraph(), text: "", style: "Normal" });
  return { kind: "story", type, children };
}

/** The root element's default namespace, "" when it has no xmlns (WORD-SEMANTICS 46). */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const root = /<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(body);
  if (!root) return "";
  const ns = /\sxmlns\s*=\s*("([^"]*)"|'([^']*)')/.exec(root[2]);
  return ns ? (ns[2] ?? ns[3] ?? "") : "";
}
