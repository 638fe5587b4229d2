/**
 * The CLI as a reviewer installs it (issue 9): one built JavaScript file, run by bin/ird.js where
 * there is no src/ (the packed package), on Node alone, with the built-in catalog inside it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { makePdf } from "../support/pdf";

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

  it("imports a report PDF with the pdf.js inside it, and prints nothing but the JSON", () => {
    const pdf = path.join(installed, "report.pdf");
    const lines = ["Report title: An inspection of how Eastmoor Police responds to missing children", "Published on: 3 March 2025", "", "Recommendations", "1. Chief constables should risk assess every report of a missing child.", "2. The Home Office should publish how many children go missing each year."];
    writeFileSync(pdf, makePdf([lines]));
    const r = spawnSync(process.execPath, [path.join(installed, "bin", "ird.js"), "import-text", pdf, "--json"], { encoding: "utf8", cwd: installed, env: { PATH: process.env.PATH ?? "" } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: "An inspection of how Eastmoor Police responds to missing children", publishedOn: "2025-03-03", recommendations: [{ number: 1, addressees: ["chief constables"] }, { number: 2, addressees: ["Home Office"] }] });

    writeFileSync(pdf, makePdf([lines], { encrypted: true }));
    const locked = spawnSync(process.execPath, [path.join(installed, "bin", "ird.js"), "import-text", pdf, "--json"], { encoding: "utf8", cwd: installed, env: { PATH: process.env.PATH ?? "" } });
    expect(locked.stderr).toMatch(/^ird: cannot read .*report\.pdf: the PDF is encrypted/);
    expect(locked.stderr.trim().split("\n")).toHaveLength(1);
    expect(locked.status).toBe(2);
  });

  it("answers --help for each command", () => {
    for (const command of ["check", "import-text"]) {
      const r = spawnSync(process.execPath, [path.join(installed, "bin", "ird.js"), command, "--help"], { encoding: "utf8", cwd: installed });
      expect(r.stdout).toMatch(new RegExp(`^usage: ird ${command}`));
      expect(r.status).toBe(0);
    }
  });
});
