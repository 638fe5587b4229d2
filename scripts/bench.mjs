#!/usr/bin/env node
// Prints every benchmark figure as `name: value`, or one JSON object with `--json`.
// `--only startup` (or `--only=coverage`, `scan`, …) runs the bench files whose names start with it.
// Each scripts/bench/*.bench.ts file default-exports an async function returning {name: value}.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const result = spawnSync(process.execPath, ["--import", "tsx", path.join(here, "bench", "run.ts"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
