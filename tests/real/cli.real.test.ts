/** The reviewer CLI on the real published responses agrees with a careful reviewer (expected.json). */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expected, fixtures, repoRoot } from "./realDocs";

const ird = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, "bin", "ird.js"), ...args], { encoding: "utf8", timeout: 60_000 });

interface JsonRec {
  id: string;
  status: string;
}

describe("ird check on the real responses", () => {
  for (const doc of expected) {
    for (const format of ["txt", "docx"]) {
      const file = path.join(fixtures, doc.file.replace(/\.txt$/, `.${format}`));
      it(`finds exactly the recommendations answered in ${path.basename(file)}`, () => {
        const r = ird("check", file, "--inspection", doc.inspection, "--json");
        expect(r.stderr).toBe("");
        const json = JSON.parse(r.stdout) as { recommendations: JsonRec[]; summary: { answered: number; unanswered: number; total: number } };
        const answered = json.recommendations.filter((x) => x.status === "answered" || x.status === "deferred").map((x) => x.id);
        expect(answered.sort()).toEqual([...doc.answered].sort());
        expect(json.summary.answered).toBe(doc.answered.length);
        expect(r.status).toBe(json.summary.unanswered === 0 ? 0 : 1);
      });
    }
  }

  it("reports recommendations addressed to other bodies as deferred, and counts them answered", () => {
    const doc = expected.find((d) => d.file.startsWith("cambridgeshire"))!;
    const r = ird("check", path.join(fixtures, doc.file), "--inspection", doc.inspection, "--json");
    const json = JSON.parse(r.stdout) as { recommendations: JsonRec[] };
    const deferred = json.recommendations.filter((x) => x.status === "deferred").map((x) => x.id);
    expect(deferred).toEqual(["r8", "r9", "r10", "r11", "r12", "r13"]);
    expect(r.status).toBe(0);
  });
});
