/**
 * The CLI as a reviewer installs it (issue 9): one built JavaScript file, run by bin/ird.js where
 * there is no src/ (the packed package), on Node alone, with the built-in catalog inside it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "..", "..");
const form = path.join(repo, "tests", "fixtures", "coverage", "portal-form.txt");

describe("the built CLI", () => {
  const installed = mkdtempSync(path.join(tmpdir(), "ird-installed-"));
  beforeAll(() => {
    const build = spawnSync(process.execPath, [path.join(repo, "scripts", "build-cli.mjs"), path.join(installed, "dist-cli", "ird.cjs")], { encoding: "utf8" });
    expect(build.status).toBe(0);
    mkdirSync(path.join(installed, "bin"));
    copyFileSync(path.join(repo, "bin", "ird.js"), path.join(installed, "bin", "ird.js"));
  });

  it("checks a response with nothing but Node: no tsx, no source, the built-in catalog", () => {
    const r = spawnSync(process.execPath, [path.join(installed, "bin", "ird.js"), "check", form, "--inspection", "cjji-rape-phase-2-2022"], { encoding: "utf8", cwd: installed, env: { PATH: process.env.PATH ?? "" } });
    expect(r.stdout).toMatch(/2 of 3 answered; not yet answered: 2/);
    expect(r.status).toBe(1);
  });

  it("answers --help for each command", () => {
    for (const command of ["check", "import-text"]) {
      const r = spawnSync(process.execPath, [path.join(installed, "bin", "ird.js"), command, "--help"], { encoding: "utf8", cwd: installed });
      expect(r.stdout).toMatch(new RegExp(`^usage: ird ${command}`));
      expect(r.status).toBe(0);
    }
  });
});
