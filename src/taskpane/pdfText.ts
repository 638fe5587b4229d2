/**
 * The text of a report PDF, read in the pane with pdf.js. Loaded only when a user opens a PDF (its
 * own chunks, never in the start-up bundle); the pdf.js worker is bundled with the add-in and
 * served from its origin, so nothing is fetched from anywhere else. Nothing is rendered: fonts,
 * images and character maps are never needed for the text, so none are requested.
 */
import { pdfText, readPdfPages, usableTitle, type PdfDocumentText } from "../domain/import/pdfLayout";

export interface PdfRead extends PdfDocumentText {
  /** Pages that could not be read (damaged); the others were. */
  unreadPages: number[];
}

/** Why a PDF gave no text, for the pane to word. */
export class PdfReadError extends Error {
  constructor(
    readonly reason: "password" | "invalid" | "cancelled",
    message: string,
  ) {
    super(message);
  }
}

let worker: Worker | null = null;

async function loadPdfjs() {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  // One worker for the session; webpack bundles it as its own chunk next to the pane's files.
  worker ??= new Worker(/* webpackChunkName: "pdfjs-worker" */ new URL("pdfjs-dist/legacy/build/pdf.worker.mjs", import.meta.url));
  pdfjs.GlobalWorkerOptions.workerPort = worker;
  return pdfjs;
}

export async function readPdf(data: ArrayBuffer, onProgress: (page: number, pages: number) => void, signal: AbortSignal): Promise<PdfRead> {
  const pdfjs = await loadPdfjs();
  if (signal.aborted) throw new PdfReadError("cancelled", "cancelled");
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
  });
  const stop = () => void task.destroy();
  signal.addEventListener("abort", stop);
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      if (signal.aborted) throw new PdfReadError("cancelled", "cancelled");
      const name = error instanceof Error ? error.name : "";
      if (name === "PasswordException") throw new PdfReadError("password", "the PDF is protected with a password");
      throw new PdfReadError("invalid", error instanceof Error ? error.message : String(error));
    }
    const { pages, unreadPages } = await readPdfPages(doc, (n, count) => {
      if (signal.aborted) throw new PdfReadError("cancelled", "cancelled");
      onProgress(n, count);
    });
    if (signal.aborted) throw new PdfReadError("cancelled", "cancelled");
    if (doc.numPages > 0 && unreadPages.length === doc.numPages) throw new PdfReadError("invalid", "none of its pages could be read");
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    return { text: pdfText(pages), title: usableTitle(info?.Title), pages: doc.numPages, unreadPages };
  } finally {
    signal.removeEventListener("abort", stop);
    void task.destroy();
  }
}
