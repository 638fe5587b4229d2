// pdf.js ships no types for its worker module; ird only hands the module to pdf.js (src/cli/readPdf.ts).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
