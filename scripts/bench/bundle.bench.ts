/**
 * bundle.taskpane.gzipBytes: gzip size of the JavaScript the task pane loads at start, i.e. the
 * initial chunks of the `taskpane` entry in a production build (office.js comes from Microsoft's
 * CDN and is not ours; lazily loaded screens are not counted). Builds into a temporary folder with
 * the project's own webpack.config.js, so the figure is what users download.
 *
 * bundle.taskpane.budgetGzipBytes (issue 5): what the official yo office React template's own
 * production build loads at start while carrying only a demo, so an add-in doing real work should
 * not start heavier. Measured on OfficeDev/Office-Addin-TaskPane-React, branch yo-office, commit
 * d55fb018670c30a58a220b0226c4b514fd1ba30c (react 18.3.1, @fluentui/react-components 9.60.0):
 * `npm run build`, then polyfill.js + react.js + taskpane.js, each gzipped with zlib's default
 * level and summed = 157,198 bytes. Our figure is measured the same way (default level, per file).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const BUDGET_GZIP_BYTES = 157_198;

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

export default async function bundleBench(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(path.join(tmpdir(), "ird-bundle-"));
  try {
    // Any https base URL: the manifest is not measured, and this keeps its warning out of the figures.
    process.env.ADDIN_BASE_URL ??= "https://bench.example.org/ird";
    // webpack.config.js is CommonJS: its module.exports arrives as the default export.
    const factory = (await import(pathToFileURL(path.join(ROOT, "webpack.config.js")).href)).default as ConfigFactory;
    const config = factory({ outDir }, { mode: "production" });
    const stats = await build({ ...config, infrastructureLogging: { level: "error" } });
    const json = stats.toJson({ all: false, entrypoints: true, outputPath: true });
    const entry = json.entrypoints?.taskpane;
    if (!entry?.assets) throw new Error("the build has no taskpane entry");
    const files = entry.assets.map((a) => a.name).filter((name) => name.endsWith(".js"));
    const gzipBytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(outDir, name))).length, 0);
    const rawBytes = files.reduce((sum, name) => sum + readFileSync(path.join(outDir, name)).length, 0);
    return {
      "bundle.taskpane.gzipBytes": gzipBytes,
      "bundle.taskpane.budgetGzipBytes": BUDGET_GZIP_BYTES,
      "bundle.taskpane.rawBytes": rawBytes,
      "bundle.taskpane.initialFiles": files.length,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
