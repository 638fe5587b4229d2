/**
 * Hostile .docx files written byte by byte, fast: a zip whose word/document.xml inflates to
 * hundreds of megabytes is built from one deflated megabyte repeated (each copy a deflate block
 * sequence ended by a sync flush, so copies concatenate into one valid stream), never by
 * compressing the whole.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

interface ZipEntry {
  name: string;
  /** Raw deflate stream. */
  deflated: Buffer;
  crc: number;
  size: number;
  /** What the headers claim, when they lie. */
  declaredSize?: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.size;
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(e.crc), u32(e.deflated.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, e.deflated]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, cd, end]);
}

const small = (name: string, text: string): ZipEntry => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.length };
};

/** A package with these parts, each deflated normally. */
export function docxOf(parts: Record<string, string>): Buffer {
  return zip([small("[Content_Types].xml", CONTENT_TYPES), ...Object.entries(parts).map(([name, text]) => small(name, text))]);
}

/**
 * A .docx whose word/document.xml is `bytes` long once inflated: tiny paragraphs, one after
 * another. `declaredSize` makes the zip headers claim another size.
 */
export function zipBomb(bytes: number, options: { declaredSize?: number; unit?: string } = {}): Buffer {
  const unit = options.unit ?? "<w:p><w:r><w:t>a</w:t></w:r></w:p>";
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`);
  const tail = Buffer.from("</w:body></w:document>");
  const block = Buffer.from(unit.repeat(Math.floor((1024 * 1024) / unit.length)));
  const copies = Math.max(1, Math.round((bytes - head.length - tail.length) / block.length));
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const deflatedBlock = deflateRawSync(block, flush);
  const deflated = Buffer.concat([deflateRawSync(head, flush), ...Array.from({ length: copies }, () => deflatedBlock), deflateRawSync(tail)]);
  let crc = crc32(head);
  for (let i = 0; i < copies; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const size = head.length + copies * block.length + tail.length;
  return zip([small("[Content_Types].xml", CONTENT_TYPES), { name: "word/document.xml", deflated, crc, size, declaredSize: options.declaredSize }]);
}

/** A word/document.xml around the given body XML. */
export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
