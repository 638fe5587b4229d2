/** Running `ird` in-process and writing its input files, for the CLI tests. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../../src/cli/main";
import { repoRoot } from "../../unit/coverage/fixtures";

/** `ird <args>`: its exit code and what it printed on each stream. */
export async function ird(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, repoRoot, (s) => out.push(s), (s) => err.push(s));
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/**
 * `ird <args>` as its own Node process (bin/ird.js, as a user runs it): for what jest cannot load
 * in-process, such as pdf.js, an ES module.
 */
export function irdProcess(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, "bin", "ird.js"), ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout.replace(/\n$/, ""), stderr: r.stderr.replace(/\n$/, "") };
}

/** A fresh temporary folder, and a function writing a file in it (folders made as needed) that returns its path. */
export function tempFiles(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const file = (name: string, data: string | Uint8Array) => {
    const p = path.join(dir, name);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, data);
    return p;
  };
  return { dir, file };
}
