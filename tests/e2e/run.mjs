#!/usr/bin/env node
// `npm run test:e2e`: find (or install) Chromium, build the preview into dist-preview/ unless it is
// up to date, then run the browser tests. Extra arguments go to jest (e.g. a test name pattern).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./support/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const outDir = path.join(root, "dist-preview");
const stamp = path.join(outDir, ".build-stamp");
const INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.json", "package-lock.json", "scripts/manifest.cjs"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), s.mtimeMs);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(`\ntest:e2e: ${error.message}\n`);
  process.exit(1);
}

const inputsChanged = INPUTS.reduce((max, p) => Math.max(max, newestMtime(path.join(root, p))), 0);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < inputsChanged || process.env.E2E_REBUILD) {
  console.log("Building the preview into dist-preview/ …");
  const started = Date.now();
  run(process.execPath, [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "development", "--env", "preview"]);
  writeFileSync(stamp, new Date().toISOString());
  console.log(`Preview built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else {
  console.log("dist-preview/ is up to date.");
}

run(process.execPath, [path.join(root, "node_modules/jest/bin/jest.js"), "--config", "jest.e2e.config.js", ...process.argv.slice(2)], {
  ...process.env,
  CHROMIUM_PATH: chromium,
});
