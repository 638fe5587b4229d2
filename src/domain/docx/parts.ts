/**
 * Opening a .docx package and unpacking its XML parts within the limits of ./limits: the entry
 * count is read from the zip's end record before jszip builds anything, each part's declared size
 * is checked before inflating, and inflating is counted chunk by chunk and stopped at the cap (a
 * zip may declare 1 KB and unpack to gigabytes).
 */
import JSZip from "jszip";
import { checkXmlCost, DocumentRefused, MAX_INPUT_BYTES, MAX_PART_BYTES, MAX_UNPACKED_BYTES, NotAWordDocument, sizeInWords } from "./limits";

/** A .docx has a few dozen entries; a zip of a million empty ones costs memory before any is read. */
export const MAX_ZIP_ENTRIES = 10_000;

const NOT_A_ZIP = "not a Word document (.docx is a zip package; this file is not one)";

/** The start of an OLE compound file: Word's password-protected .docx, or an old binary .doc. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip's local file header ("PK\x03\x04"): a .docx that begins as one is a damaged package, not another kind of file. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Why bytes that do not open as a zip are no Word document, in the words a reviewer needs: an empty
 * file, a password-protected document (Word then writes an encrypted OLE file, not a zip) or an old
 * .doc, a zip cut short or damaged, or a zip with a password of its own; else another kind of file.
 */
export function whyNotAPackage(bytes: Uint8Array): string {
  if (bytes.length === 0) return "empty (0 bytes): nothing was saved in it; ask for the document again";
  if (startsWith(bytes, OLE_SIGNATURE))
    return "password-protected, or an old Word 97-2003 file with a .docx name: open it in Word, remove the password (File › Info › Protect Document) or save it as .docx, and check that copy";
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    // General purpose flag, bit 0: this entry is encrypted (a zip tool's password, not Word's).
    if (bytes.length >= 8 && (bytes[6] & 1) === 1) return "a zip with a password (not one Word made): unzip it with its password and check the .docx inside";
    return "damaged or incomplete (the zip package is cut short or corrupt): open it in Word and save it again, or ask for the document again";
  }
  return NOT_A_ZIP;
}

/** jszip's internal stream (undeclared in its types): chunks as they are inflated. */
interface ChunkStream {
  on(event: "data", cb: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", cb: (e: Error) => void): ChunkStream;
  on(event: "end", cb: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}
type Entry = JSZip.JSZipObject & { internalStream(type: "uint8array"): ChunkStream; _data?: { uncompressedSize?: number } };

/** Entries the zip's end-of-central-directory record declares, or null when there is none. */
function declaredEntries(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return view.getUint16(i + 10, true);
  }
  return null;
}

export interface Package {
  /** The text of a part, or null when the package has no such part. */
  text(path: string): Promise<string | null>;
  paths(): string[];
}

export async function openPackage(input: Uint8Array | ArrayBuffer): Promise<Package> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > MAX_INPUT_BYTES) throw new DocumentRefused(`too large (${sizeInWords(bytes.length)}; ird reads files up to ${sizeInWords(MAX_INPUT_BYTES)})`);
  const entries = declaredEntries(bytes);
  if (entries === null) throw new NotAWordDocument(whyNotAPackage(bytes));
  // 0xFFFF means a ZIP64 record follows: more entries than any Word document has.
  if (entries > MAX_ZIP_ENTRIES || entries === 0xffff) throw new NotAWordDocument(`not a Word document (the zip holds ${entries === 0xffff ? "over 65,000" : entries.toLocaleString("en-GB")} entries)`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new NotAWordDocument(whyNotAPackage(bytes));
  }
  let unpacked = 0;
  return {
    paths: () => Object.keys(zip.files),
    async text(path) {
      const entry = zip.file(path) as Entry | null;
      if (!entry) return null;
      const declared = entry._data?.uncompressedSize ?? 0;
      if (declared > MAX_PART_BYTES) throw partTooLarge(path, `would unpack to ${sizeInWords(declared)}`);
      if (unpacked + declared > MAX_UNPACKED_BYTES) throw packageTooLarge();
      const text = await inflateCounted(entry, path, declared, (n) => {
        unpacked += n;
        if (unpacked > MAX_UNPACKED_BYTES) throw packageTooLarge();
      });
      checkXmlCost(text, path);
      return text;
    },
  };
}

const partTooLarge = (path: string, how: string) => new DocumentRefused(`too large: ${path} ${how} (ird reads parts up to ${sizeInWords(MAX_PART_BYTES)})`);
const packageTooLarge = () => new DocumentRefused(`too large: its parts unpack to more than the ${sizeInWords(MAX_UNPACKED_BYTES)} ird reads`);

/** Inflates one entry, decoding as it goes, and stops as soon as it passes the cap. */
function inflateCounted(entry: Entry, path: string, declared: number, count: (n: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder("utf-8");
    const pieces: string[] = [];
    let size = 0;
    let settled = false;
    const stop = (e: Error) => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(e);
    };
    const stream = entry.internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (settled) return;
        size += chunk.length;
        try {
          if (size > MAX_PART_BYTES) throw partTooLarge(path, `unpacks to more than ${sizeInWords(MAX_PART_BYTES)}, though its zip entry declares ${sizeInWords(declared)}`);
          count(chunk.length);
        } catch (e) {
          stop(e as Error);
          return;
        }
        pieces.push(decoder.decode(chunk, { stream: true }));
      })
      .on("error", () => stop(new NotAWordDocument(`not a Word document (${path} could not be unpacked: the zip is damaged)`)))
      .on("end", () => {
        if (settled) return;
        settled = true;
        pieces.push(decoder.decode());
        resolve(pieces.join(""));
      })
      .resume();
  });
}
