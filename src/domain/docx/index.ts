/**
 * A .docx file into a DocumentSnapshot, without Word: paragraphs (with style names, list labels,
 * table cells), content controls (w:sdt with tag, title, placeholder state) and the inspection
 * the add-in stored in a custom XML part. Pure (jszip + fast-xml-parser), so the task pane could
 * reuse it; the CLI reads the bytes.
 */
import type { Inspection } from "../catalog/types";
import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from "../snapshot";
import { readNumbering, type Numbering } from "./numbering";
import { inspectionFromXml } from "../catalog/inspectionXml";
import { TAG_PREFIX, XML_NAMESPACE } from "../tags";
import { attr, child, kids, nameOf, parseOrdered, textOf, type XNode } from "./xml";
import { NotAWordDocument } from "./limits";
import { openPackage } from "./parts";

export { textToSnapshot, readTextFile } from "./text";
export { DocumentRefused, NotAWordDocument } from "./limits";
export { inspectionToXml, inspectionFromXml } from "../catalog/inspectionXml";

export interface DocxRead {
  snapshot: DocumentSnapshot;
  /** Things that could not be read but did not stop the reading (e.g. a broken stored inspection). */
  warnings: string[];
}

/** Inline containers whose runs are part of the paragraph's text. */
const INLINE = new Set(["w:r", "w:hyperlink", "w:ins", "w:smartTag", "w:customXml", "w:fldSimple", "w:moveTo", "w:dir", "w:bdo"]);

interface Ctx {
  paragraphs: SnapshotParagraph[];
  controls: SnapshotControl[];
  styleNames: Map<string, string>;
  styleNum: Map<string, { numId: string; ilvl: number }>;
  numbering: Numbering;
  glossary: Map<string, string>;
  tags: string[];
  table: number;
}

function sdtProps(sdt: XNode, ctx: Ctx) {
  const pr = child(sdt, "w:sdtPr");
  const tag = pr ? attr(child(pr, "w:tag") ?? {}, "w:val") ?? "" : "";
  const title = pr ? attr(child(pr, "w:alias") ?? {}, "w:val") ?? "" : "";
  const showing = !!pr && !!child(pr, "w:showingPlcHdr");
  const part = pr ? attr(child(child(pr, "w:placeholder") ?? {}, "w:docPart") ?? {}, "w:val") : undefined;
  const id = pr ? Number(attr(child(pr, "w:id") ?? {}, "w:val")) : NaN;
  return { tag, title, showing, glossaryText: part ? ctx.glossary.get(part) : undefined, id: Number.isFinite(id) ? id : undefined };
}

/** Text of a paragraph's runs; inline content controls are recorded as controls too. */
function runText(nodes: XNode[], ctx: Ctx, inlineTags: string[]): string {
  let out = "";
  for (const n of nodes) {
    const name = nameOf(n);
    if (name === "w:t") out += textOf(n);
    else if (name === "w:tab" || name === "w:ptab") out += "\t";
    else if (name === "w:br" || name === "w:cr") out += "\n";
    else if (name === "w:noBreakHyphen") out += "-";
    else if (name === "w:sdt") {
      const p = sdtProps(n, ctx);
      const text = runText(kids(child(n, "w:sdtContent") ?? {}), ctx, inlineTags);
      if (p.tag) ctx.controls.push(control(p, text));
      if (p.tag.startsWith(TAG_PREFIX)) inlineTags.push(p.tag);
      // Grey placeholder text is not the author's: a reader sees an empty field.
      if (!p.showing) out += text;
    } else if (INLINE.has(name)) out += runText(kids(n), ctx, inlineTags);
  }
  return out;
}

function control(p: ReturnType<typeof sdtProps>, text: string): SnapshotControl {
  // Word writes the placeholder itself as the content while showingPlcHdr is set.
  const placeholderText = p.showing ? text : p.glossaryText ?? "";
  return { ...(p.id !== undefined ? { id: p.id } : {}), tag: p.tag, title: p.title, text, placeholderText };
}

function paragraph(p: XNode, ctx: Ctx) {
  const pPr = child(p, "w:pPr");
  const styleId = pPr ? attr(child(pPr, "w:pStyle") ?? {}, "w:val") : undefined;
  const numPr = pPr ? child(pPr, "w:numPr") : undefined;
  let listString: string | undefined;
  const num = numPr
    ? { numId: attr(child(numPr, "w:numId") ?? {}, "w:val") ?? "", ilvl: Number(attr(child(numPr, "w:ilvl") ?? {}, "w:val") ?? 0) }
    : styleId ? ctx.styleNum.get(styleId) : undefined;
  if (num && num.numId !== "0") listString = ctx.numbering.next(num.numId, num.ilvl);
  const inlineTags: string[] = [];
  const text = runText(kids(p), ctx, inlineTags);
  const tags = [...ctx.tags, ...inlineTags];
  const para: SnapshotParagraph = { text };
  const style = styleId ? ctx.styleNames.get(styleId) ?? styleId : undefined;
  if (style) para.style = style;
  if (listString) para.listString = listString;
  if (ctx.table) para.inTable = true;
  if (tags.length) para.controlTags = tags;
  ctx.paragraphs.push(para);
}

/** Block-level content in document order: paragraphs, tables, block content controls. */
function blocks(nodes: XNode[], ctx: Ctx) {
  for (const n of nodes) {
    const name = nameOf(n);
    if (name === "w:p") paragraph(n, ctx);
    else if (name === "w:tbl" || name === "w:tr" || name === "w:tc") {
      if (name === "w:tbl") ctx.table++;
      blocks(kids(n), ctx);
      if (name === "w:tbl") ctx.table--;
    } else if (name === "w:sdt") {
      const p = sdtProps(n, ctx);
      const ours = p.tag.startsWith(TAG_PREFIX);
      const first = ctx.paragraphs.length;
      const slot = p.tag ? ctx.controls.push(control(p, "")) - 1 : -1;
      if (ours) ctx.tags.push(p.tag);
      blocks(kids(child(n, "w:sdtContent") ?? {}), ctx);
      if (ours) ctx.tags.pop();
      if (slot >= 0) ctx.controls[slot] = control(p, ctx.paragraphs.slice(first).map((x) => x.text).join("\n"));
      if (p.showing) for (let i = first; i < ctx.paragraphs.length; i++) ctx.paragraphs[i].text = "";
    } else if (name === "w:customXml" || name === "w:smartTag" || name === "w:ins" || name === "w:moveTo") blocks(kids(n), ctx);
  }
}

function readStyles(xml: string | null) {
  const names = new Map<string, string>();
  const nums = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return { names, nums };
  const root = parseOrdered(xml, "word/styles.xml").find((n) => nameOf(n) === "w:styles");
  for (const s of root ? kids(root) : []) {
    if (nameOf(s) !== "w:style") continue;
    const id = attr(s, "w:styleId") ?? "";
    const name = attr(child(s, "w:name") ?? {}, "w:val");
    // Word shows built-in names capitalised ("heading 2" is shown as "Heading 2").
    if (name) names.set(id, name.charAt(0).toUpperCase() + name.slice(1));
    const numPr = child(child(s, "w:pPr") ?? {}, "w:numPr");
    const numId = numPr ? attr(child(numPr, "w:numId") ?? {}, "w:val") : undefined;
    if (numId) nums.set(id, { numId, ilvl: Number(attr(child(numPr!, "w:ilvl") ?? {}, "w:val") ?? 0) });
  }
  return { names, nums };
}

function readGlossary(xml: string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const visit = (n: XNode) => {
    if (nameOf(n) === "w:docPart") {
      const name = attr(child(child(n, "w:docPartPr") ?? {}, "w:name") ?? {}, "w:val");
      const body = child(n, "w:docPartBody");
      if (name && body) out.set(name, kids(body).filter((k) => nameOf(k) === "w:p").map((k) => runText(kids(k), emptyCtx(), [])).join("\n"));
      return;
    }
    kids(n).forEach(visit);
  };
  parseOrdered(xml, "word/glossary/document.xml").forEach(visit);
  return out;
}

const emptyCtx = (): Ctx => ({ paragraphs: [], controls: [], styleNames: new Map(), styleNum: new Map(), numbering: readNumbering(null), glossary: new Map(), tags: [], table: 0 });

/**
 * Reads a .docx. Throws DocumentRefused (NotAWordDocument when the bytes are not a Word document)
 * with the cause, including when it would cost more than ./limits allows.
 */
export async function docxToSnapshot(bytes: Uint8Array | ArrayBuffer): Promise<DocxRead> {
  const pkg = await openPackage(bytes);
  const read = (path: string) => pkg.text(path);
  const main = await read("word/document.xml");
  if (main === null) throw new NotAWordDocument("not a Word document (no word/document.xml inside)");
  if (!/^\uFEFF?\s*</.test(main.slice(0, 1024))) throw new NotAWordDocument("not a Word document (word/document.xml is not XML)");
  const warnings: string[] = [];
  const root = parseOrdered(main, "word/document.xml").find((n) => nameOf(n) === "w:document");
  if (!root) throw new NotAWordDocument("not a Word document (word/document.xml has no w:document element)");
  const styles = readStyles(await read("word/styles.xml"));
  const ctx: Ctx = {
    ...emptyCtx(),
    styleNames: styles.names,
    styleNum: styles.nums,
    numbering: readNumbering(await read("word/numbering.xml")),
    glossary: readGlossary(await read("word/glossary/document.xml")),
  };
  const body = child(root, "w:body");
  blocks(body ? kids(body) : [], ctx);

  let storedInspection: Inspection | null = null;
  for (const path of pkg.paths().filter((p) => /^customXml\/item\d+\.xml$/i.test(p)).sort()) {
    const xml = (await read(path)) ?? "";
    if (!xml.includes(XML_NAMESPACE)) continue;
    const r = inspectionFromXml(xml);
    if (r.inspection) {
      storedInspection = r.inspection;
      break;
    }
    warnings.push(`${r.problem}; it was ignored.`);
  }
  return { snapshot: { paragraphs: ctx.paragraphs, controls: ctx.controls, storedInspection }, warnings };
}
