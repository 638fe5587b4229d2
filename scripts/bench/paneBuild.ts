/**
 * One production build of the task pane per bench run, shared by the benches that measure it
 * (bundle.bench.ts reads its entry files, startup.bench.ts loads it in Chromium). Built into a
 * temporary folder with the project's own webpack.config.js, so the figures are what users download;
 * the folder is removed when the process exits.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

export interface PaneBuild {
  outDir: string;
  /** The JavaScript files the taskpane.html loads by script tag (its entry's initial chunks). */
  entryFiles: string[];
}

export function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack({ ...config, infrastructureLogging: { level: "error" } }, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error("webpack returned no stats"));
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

/** A temporary folder, removed when the bench process exits. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

let pane: Promise<PaneBuild> | undefined;

export function buildPane(): Promise<PaneBuild> {
  return (pane ??= (async () => {
    const outDir = tempDir("ird-bundle-");
    // Any https base URL: the manifest is not measured, and this keeps its warning out of the figures.
    process.env.ADDIN_BASE_URL ??= "https://bench.example.org/ird";
    // webpack.config.js is CommonJS (required, so this also runs under jest: tests/e2e/productionPane).
    const factory = createRequire(path.join(ROOT, "package.json"))("./webpack.config.js") as ConfigFactory;
    const stats = await build(factory({ outDir }, { mode: "production" }));
    const json = stats.toJson({ all: false, entrypoints: true });
    const entry = json.entrypoints?.taskpane;
    if (!entry?.assets) throw new Error("the build has no taskpane entry");
    return { outDir, entryFiles: entry.assets.map((a) => a.name).filter((name) => name.endsWith(".js")) };
  })());
}
