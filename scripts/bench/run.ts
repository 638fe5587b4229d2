/* Collects the figures of every scripts/bench/*.bench.ts and prints them. */
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

type Figures = Record<string, number>;

/** The bench files that build the production pane (scripts/bench/paneBuild.ts). */
const BUILDS_PANE = ["bundle.bench.ts", "startup.bench.ts"];

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  // `--only=startup` or `--only startup`: the bench files whose names start with it (coverage, scan, startup…).
  const at = process.argv.indexOf("--only");
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length) ?? (at >= 0 ? process.argv[at + 1] : undefined);
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.startsWith(only))
    // Timed in-process work first: the benches that build the pane with webpack leave over a gigabyte
    // of its heap behind, which made the coverage figures half as slow again when they came after.
    .sort((a, b) => Number(BUILDS_PANE.includes(a)) - Number(BUILDS_PANE.includes(b)) || a.localeCompare(b));
  const all: Figures = {};
  for (const file of files) {
    const mod = await import(pathToFileURL(path.join(dir, file)).href);
    const run: () => Promise<Figures> = mod.default?.default ?? mod.default;
    const figures = await run();
    for (const [name, value] of Object.entries(figures)) {
      all[name] = value;
      if (!json) console.log(`${name}: ${value}`);
    }
  }
  if (json) console.log(JSON.stringify(all));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
