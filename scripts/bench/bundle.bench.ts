/**
 * bundle.taskpane.gzipBytes: gzip size of the JavaScript the task pane loads at start, i.e. the
 * initial chunks of the `taskpane` entry in a production build (office.js comes from Microsoft's
 * CDN and is not ours; lazily loaded screens are not counted). Counts script tags only: what the
 * pane also fetches before its first screen is startup.criticalPathGzipBytes (startup.bench.ts).
 *
 * bundle.taskpane.budgetGzipBytes (issue 5): what the official yo office React template's own
 * production build loads at start while carrying only a demo, so an add-in doing real work should
 * not start heavier. Measured on OfficeDev/Office-Addin-TaskPane-React, branch yo-office, commit
 * d55fb018670c30a58a220b0226c4b514fd1ba30c (react 18.3.1, @fluentui/react-components 9.60.0):
 * `npm run build`, then polyfill.js + react.js + taskpane.js, each gzipped with zlib's default
 * level and summed = 157,198 bytes. Our figure is measured the same way (default level, per file).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildPane } from "./paneBuild";

const BUDGET_GZIP_BYTES = 157_198;

export default async function bundleBench(): Promise<Record<string, number>> {
  const { outDir, entryFiles: files } = await buildPane();
  const gzipBytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(outDir, name))).length, 0);
  const rawBytes = files.reduce((sum, name) => sum + readFileSync(path.join(outDir, name)).length, 0);
  return {
    "bundle.taskpane.gzipBytes": gzipBytes,
    "bundle.taskpane.budgetGzipBytes": BUDGET_GZIP_BYTES,
    "bundle.taskpane.rawBytes": rawBytes,
    "bundle.taskpane.initialFiles": files.length,
  };
}
