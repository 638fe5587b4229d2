/**
 * bundle.taskpane.gzipBytes: gzip size of the JavaScript the task pane loads at start, i.e. the
 * initial chunks of the `taskpane` entry in a production build (office.js comes from Microsoft's
 * CDN and is not ours; lazily loaded screens are not counted). Builds into a temporary folder with
 * the project's own webpack.config.js, so the figure is what users download.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");

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
    const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    const config = factory({ outDir }, { mode: "production" });
    const stats = await build({ ...config, infrastructureLogging: { level: "error" } });
    const json = stats.toJson({ all: false, entrypoints: true, outputPath: true });
    const entry = json.entrypoints?.taskpane;
    if (!entry?.assets) throw new Error("the build has no taskpane entry");
    const files = entry.assets.map((a) => a.name).filter((name) => name.endsWith(".js"));
    const gzipBytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(outDir, name)), { level: 9 }).length, 0);
    const rawBytes = files.reduce((sum, name) => sum + readFileSync(path.join(outDir, name)).length, 0);
    return { "bundle.taskpane.gzipBytes": gzipBytes, "bundle.taskpane.rawBytes": rawBytes, "bundle.taskpane.initialFiles": files.length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
