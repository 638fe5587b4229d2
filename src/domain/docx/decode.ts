/**
 * The bytes of a .txt file into text. Notepad and Word save text as UTF-8 (with or without a
 * BOM), as UTF-16 ("Unicode", usually with a BOM) or in the Windows code page; read as UTF-8,
 * the second comes out as NUL-separated letters (so every recommendation looks missing) and the
 * third garbled. A binary file renamed .txt is refused: its NUL bytes are not a response.
 */
import { DocumentRefused } from "./limits";

export interface Decoded {
  text: string;
  /** How it was read, when that was not plain UTF-8; for the report's notes. */
  encoding?: "UTF-16LE" | "UTF-16BE" | "Windows-1252";
}

/** Bytes looked at to guess UTF-16 without a BOM, and to spot binary files. */
const SAMPLE = 64 * 1024;

/** Which half of each 16-bit unit is NUL in text that is mostly ASCII: UTF-16 without a BOM. */
function utf16ByNuls(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd > units * 0.4 && even < units * 0.05) return "utf-16le";
  if (even > units * 0.4 && odd < units * 0.05) return "utf-16be";
  return null;
}

/** Control characters other than tab, line ends and form feed (PDF page breaks in pasted text). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function refuseBinary(text: string): void {
  const sample = text.slice(0, SAMPLE);
  if (sample.includes("\u0000")) throw new DocumentRefused("not text: it holds NUL bytes, as binary files do (save the response as .docx or plain text)");
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > sample.length * 0.05) throw new DocumentRefused("not text: too many control characters for a text file (save the response as .docx or plain text)");
}

/**
 * Windows-1252 by hand: Node's TextDecoder("windows-1252") reads 0x80-0x9F as C1 controls
 * (ISO-8859-1), losing the curly quotes, dashes and euro sign Word and Notepad write there.
 */
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): Decoded {
  const b = bytes;
  // A UTF-8 BOM says only "UTF-8": dropped silently.
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return checked({ text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(b.subarray(3)) });
  const bom16 = b[0] === 0xff && b[1] === 0xfe ? "utf-16le" : b[0] === 0xfe && b[1] === 0xff ? "utf-16be" : null;
  const utf16 = bom16 ?? utf16ByNuls(b);
  if (utf16) {
    const text = decodeWith(utf16, bom16 ? b.subarray(2) : b);
    if (text === null) throw new DocumentRefused(`not text: it starts like ${utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} text but is not`);
    return checked({ text, encoding: utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE" });
  }
  const utf8 = decodeWith("utf-8", b);
  if (utf8 !== null) return checked({ text: utf8 });
  // Not UTF-8: the Windows code page, which Latin-1 text also reads correctly in.
  return checked({ text: decodeWindows1252(b), encoding: "Windows-1252" });
}

function checked(d: Decoded): Decoded {
  refuseBinary(d.text);
  return d;
}
