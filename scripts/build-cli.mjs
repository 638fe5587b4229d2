#!/usr/bin/env node
// Builds the reviewer CLI into one JavaScript file, dist-cli/ird.cjs: src/cli and everything it
// uses (the built-in catalog and wording included), so it runs on Node 20 with nothing installed.
// `npm run build:cli`; `npm pack` runs it first (prepack). bin/ird.js uses it where src/ is absent.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = process.argv[2] ?? path.join(root, "dist-cli", "ird.cjs");
await build({
  entryPoints: [path.join(root, "src", "cli", "main.ts")],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  legalComments: "none",
  logLevel: "warning",
});
console.log(`Wrote ${path.relative(process.cwd(), outfile)}`);
