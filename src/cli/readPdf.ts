/**
 * The text layer of a report PDF, for `ird import-text`, read with pdf.js's Node build in this
 * process: its worker code runs in the same thread (no worker file, nothing fetched), nothing is
 * rendered, and no font, image or character map is loaded. Loaded only when a PDF is imported.
 * Lines and columns come from src/domain/import/pdfLayout.ts, as in the pane (src/taskpane/pdfText.ts).
 */
import { pdfText, readPdfPages, usableTitle, type PdfDocumentText } from "../domain/import/pdfLayout";

/** Why a PDF gave no text; the message is worded for the user and names no file. */
export class PdfUnreadable extends Error {
  override name = "PdfUnreadable";
  constructor(
    readonly reason: "not-pdf" | "encrypted" | "damaged" | "no-text",
    message: string,
  ) {
    super(message);
  }
}

export interface PdfRead extends PdfDocumentText {
  /** Pages whose text could not be read (the others were). */
  unreadPages: number[];
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsLoaded: Promise<PdfJs> | null = null;

/** Stands in for the browser's DOMMatrix, which Node lacks: pdf.js makes one as it loads, to draw pages, which ird never does. */
class InertMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

async function load(): Promise<PdfJs> {
  const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
  g.DOMMatrix ??= InertMatrix;
  // As it loads, pdf.js warns of what it lacks for drawing (a canvas package): nothing ird needs, so not for the user.
  const { log, warn } = console;
  console.log = console.warn = () => undefined;
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // The worker's code, run in this thread: pdf.js uses it instead of starting a worker from a file.
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return pdfjs;
  } finally {
    Object.assign(console, { log, warn });
  }
}

/** A PDF starts with "%PDF-" (readers accept it within the first kilobyte). */
export const looksLikePdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes("%PDF-");

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  if (!looksLikePdf(bytes)) throw new PdfUnreadable("not-pdf", "not a PDF (it does not start with %PDF-)");
  pdfjsLoaded ??= load();
  const pdfjs = await pdfjsLoaded;
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      if (name === "PasswordException") throw new PdfUnreadable("encrypted", "the PDF is encrypted (it needs a password to open); open it in a PDF viewer, copy the recommendations into a .txt file and import that");
      const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new PdfUnreadable("damaged", `the PDF is damaged and cannot be read (${why.replace(/\.$/, "")})`);
    }
    const { pages, unreadPages } = await readPdfPages(doc);
    const text = pdfText(pages);
    if (!text.replace(/\f/g, "").trim()) {
      if (unreadPages.length === doc.numPages) throw new PdfUnreadable("damaged", "the PDF is damaged: none of its pages could be read");
      throw new PdfUnreadable("no-text", "this PDF has no text layer (its pages are probably scanned images); copy the recommendations from the report's web page into a .txt file and import that");
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    return { text, title: usableTitle(info?.Title), pages: doc.numPages, unreadPages };
  } finally {
    await task.destroy();
  }
}
