/** Builds small real .docx files for tests (jszip), with lists, tables and content controls. */
import JSZip from "jszip";

export type Block =
  | string
  | { text: string; style?: string; numbered?: boolean }
  | { table: string[][] }
  | { sdt: { tag: string; title?: string; showingPlaceholder?: boolean; children: Block[] } };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function para(text: string, style?: string, numbered?: boolean): string {
  const pPr = style || numbered ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ""}</w:pPr>` : "";
  // Line breaks inside a paragraph are <w:br/>, as Word writes Shift+Enter.
  const runs = text.split("\n").map((t, i) => `${i ? "<w:r><w:br/></w:r>" : ""}<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join("");
  return `<w:p>${pPr}${runs}</w:p>`;
}

function block(b: Block): string {
  if (typeof b === "string") return para(b);
  if ("table" in b) return `<w:tbl>${b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${para(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`;
  if ("sdt" in b) {
    const s = b.sdt;
    const pr = `<w:sdtPr><w:alias w:val="${esc(s.title ?? s.tag)}"/><w:tag w:val="${esc(s.tag)}"/>${s.showingPlaceholder ? "<w:showingPlcHdr/>" : ""}</w:sdtPr>`;
    return `<w:sdt>${pr}<w:sdtContent>${s.children.map(block).join("")}</w:sdtContent></w:sdt>`;
  }
  return para(b.text, b.style, b.numbered);
}

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export async function buildDocx(blocks: Block[], opts: { customXml?: string[] } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${blocks.map(block).join("")}<w:sectPr/></w:body></w:document>`);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/numbering.xml", NUMBERING);
  (opts.customXml ?? []).forEach((xml, i) => zip.file(`customXml/item${i + 1}.xml`, xml));
  return zip.generateAsync({ type: "uint8array" });
}

/** A plain-text fixture as a .docx: one paragraph per non-empty line. */
export const textToDocx = (text: string) => buildDocx(text.split(/\r?\n/).filter((l) => l.trim()));

/**
 * A plain-text fixture as a .docx where runs of tab-separated lines become one real Word table
 * (a row per line, a cell per tab), as Word saves a table to plain text and back.
 */
export function tabbedTextToDocx(text: string): Promise<Uint8Array> {
  const blocks: Block[] = [];
  let rows: string[][] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.includes("\t")) {
      if (!rows) blocks.push({ table: (rows = []) });
      rows.push(line.split("\t"));
      continue;
    }
    rows = null;
    if (line.trim()) blocks.push(line);
  }
  return buildDocx(blocks);
}
