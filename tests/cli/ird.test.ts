/** `ird check`: exit codes, JSON shape, folders, and one-line reasons for bad input. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildDocx } from "../unit/coverage/buildDocx";
import { fixtureDir, repoRoot } from "../unit/coverage/fixtures";
import { responseTag, sectionTag } from "../../src/domain/tags";
import { inspectionToXml } from "../../src/domain/docx";
import { inspection } from "../unit/coverage/fixtures";
import { ird, tempFiles } from "./support/cli";

const { dir: tmp, file } = tempFiles("ird-cli-");
const form = path.join(fixtureDir, "portal-form.txt");

describe("ird check", () => {
  it("prints the exact JSON shape for one file and exits 1 when something is unanswered", async () => {
    const r = await ird("check", form, "--inspection", "cjji-rape-phase-2-2022", "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["inspection", "recommendations", "summary", "notes"]);
    expect(json.inspection).toBe("cjji-rape-phase-2-2022");
    expect(Object.keys(json.recommendations[0])).toEqual(["id", "number", "status", "confidence", "evidence", "warnings", "parts"]);
    expect(json.recommendations.map((x: { id: string; status: string }) => `${x.id}:${x.status}`)).toEqual(["r1:answered", "r2:placeholder", "r3:answered"]);
    expect(json.summary).toEqual({ answered: 2, unanswered: 1, total: 3 });
    for (const x of json.recommendations) {
      expect(x.confidence).toBeGreaterThanOrEqual(0);
      expect(x.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("says when the letter names another inspection than the one it is checked against, and exits 1", async () => {
    // The form carries phase two's portal references (#21866, #21912…): checked against phase one by mistake.
    const wrong = await ird("check", form, "--inspection", "cjji-rape-phase-1-2021", "--json");
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout).notes[0]).toBe(
      "The document names another inspection, “Response to rape – Phase two” (cjji-rape-phase-2-2022), and not “Response to rape – Phase one” (cjji-rape-phase-1-2021), which it was checked against: make sure it is the right inspection.",
    );
    const right = await ird("check", form, "--inspection", "cjji-rape-phase-2-2022", "--json");
    expect(JSON.parse(right.stdout).notes.join(" ")).not.toMatch(/names another inspection/);
  });

  it("prints a table with the summary by default", async () => {
    const r = await ird("check", form, "--inspection", "cjji-rape-phase-2-2022");
    expect(r.stdout).toMatch(/2 of 3 answered; not yet answered: 2/);
    expect(r.stdout).toMatch(/^\s+2\s+not yet answered/m);
    // The pane's headline, in the same words.
    expect(r.stdout).toMatch(/^ {2}2 answered · 1 not yet answered · 0 missing$/m);
    expect(r.stdout).not.toMatch(/placeholder/);
  });

  it("words a part the answer may not cover as something to check (\"may not be covered\"), never as unanswered or a placeholder", async () => {
    const r5 = inspection("cjji-rape-phase-1-2021").recommendations.find((r) => r.id === "r5")!;
    const text = file(
      "parts.txt",
      [
        `Recommendation 5: ${r5.text}`,
        ...r5.parts.map((p, k) => `${k + 1}. ${p.text}`),
        "Response: The force and the CPS agreed a joint protocol in the spring on early investigative advice and an escalation pathway for disagreements.",
      ].join("\n"),
    );
    const r = await ird("check", text, "--inspection", "cjji-rape-phase-1-2021");
    expect(r.stdout).toMatch(/^\s+5\s+answered\s/m);
    const partLines = r.stdout.split("\n").filter((l) => /^\s+r5\.\d/.test(l));
    expect(partLines.filter((l) => /^\s+r5\.\d\s+may not be covered\s/.test(l)).length).toBe(2);
    expect(partLines.join("\n")).not.toMatch(/not yet answered/);
    expect(r.stdout).not.toMatch(/placeholder/);
  });

  it("exits 0 when every recommendation is answered", async () => {
    const text = file("all.txt", "Recommendation 1: Immediate review of use of outcomes 15 and 16 in violence against women and girls offences\nResponse: The review was completed in October and the findings went to the board.\n");
    const catalog = file("one.json", JSON.stringify({ inspections: [{ ...inspection("hmicfrs-vawg-final-2021"), recommendations: [inspection("hmicfrs-vawg-final-2021").recommendations[2]] }] }));
    const r = await ird("check", text, "--inspection", "hmicfrs-vawg-final-2021", "--catalog", catalog, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("exits 1 and shows the warning when an answer gives no action or reason (s.55(5B))", async () => {
    const text = file("noted.txt", "Recommendation 1: Immediate review of use of outcomes 15 and 16 in violence against women and girls offences\nResponse: We welcome this recommendation.\n");
    const catalog = file("one-noted.json", JSON.stringify({ inspections: [{ ...inspection("hmicfrs-vawg-final-2021"), recommendations: [inspection("hmicfrs-vawg-final-2021").recommendations[2]] }] }));
    const json = await ird("check", text, "--inspection", "hmicfrs-vawg-final-2021", "--catalog", catalog, "--json");
    expect(json.code).toBe(1);
    const [rec] = JSON.parse(json.stdout).recommendations;
    expect(rec).toMatchObject({ status: "answered", warnings: [{ code: "no-action-or-reason", message: expect.stringMatching(/No action or reason given/) }] });
    const table = await ird("check", text, "--inspection", "hmicfrs-vawg-final-2021", "--catalog", catalog);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/warning: No action or reason given/);
    // Counted as the pane's headline counts it: an answer that needs attention is not yet done.
    expect(table.stdout).toMatch(/ 0 of 1 answered; needs attention: 3/);
    // Worded as the pane's badge and headline word it.
    expect(table.stdout).toMatch(/^\s+3\s+answered · needs attention\s/m);
    expect(table.stdout).toMatch(/^ {2}0 answered · 1 needs attention · 0 missing$/m);
  });

  it("--publish lists what stands between the document and publication, and exits 0 only when nothing does", async () => {
    const vawg = inspection("hmicfrs-vawg-final-2021");
    const rec = vawg.recommendations[2];
    // Published today, so the 56-day deadline has not passed whenever the test runs.
    const catalog = file("publish.json", JSON.stringify({ inspections: [{ ...vawg, publishedOn: new Date().toISOString().slice(0, 10), recommendations: [rec] }] }));
    const letter = (extra: string[]) =>
      file(`letter-${extra.length}.txt`, [
        "The Home Secretary",
        "2 March 2026",
        `Recommendation 1: ${rec.text}`,
        "Response: The review was completed in October and the findings went to the board.",
        ...extra,
      ].join("\n"));
    const draft = await ird("check", letter([]), "--inspection", vawg.id, "--catalog", catalog, "--publish", "--json");
    expect(draft.code).toBe(1);
    const publish = JSON.parse(draft.stdout).publish;
    expect(publish.ready).toBe(false);
    expect(publish.items.map((i: { code: string }) => i.code)).toEqual(["no-signature", "no-copy-hmicfrs"]);

    const done = await ird("check", letter(["Yours sincerely", "Jordan Reyes", "Police and Crime Commissioner", "Copy: HMICFRS"]), "--inspection", vawg.id, "--catalog", catalog, "--publish");
    expect(done.stdout).toMatch(/Ready to publish\.\n\s+Due \d{1,2} [A-Z][a-z]+ \d{4}: \d+ days? left\./);
    expect(done.code).toBe(0);
  });

  it("--publish says the deadline has passed beside the verdict: a complete letter is ready and exits 0", async () => {
    const vawg = inspection("hmicfrs-vawg-final-2021");
    const rec = vawg.recommendations[2];
    // Published on 1 March 2021: due 25 April 2021, long passed whenever the test runs.
    const catalog = file("overdue.json", JSON.stringify({ inspections: [{ ...vawg, publishedOn: "2021-03-01", recommendations: [rec] }] }));
    const letter = (signed: boolean) =>
      file(`overdue-${signed}.txt`, [
        "The Home Secretary",
        "2 March 2026",
        `Recommendation 1: ${rec.text}`,
        "Response: The review was completed in October and the findings went to the board.",
        ...(signed ? ["Yours sincerely", "Jordan Reyes", "Police and Crime Commissioner"] : []),
        "Copy: HMICFRS",
      ].join("\n"));
    // The days ago grow with the date the test runs.
    const note = expect.stringMatching(/^The 56-day deadline passed on 25 April 2021 \(\d+ days ago\): publish it now\.$/);
    const json = await ird("check", letter(true), "--inspection", vawg.id, "--catalog", catalog, "--publish", "--json");
    expect(JSON.parse(json.stdout).publish).toMatchObject({ ready: true, overdue: true, deadlineNote: note, items: [] });
    expect(json.code).toBe(0);
    const table = await ird("check", letter(true), "--inspection", vawg.id, "--catalog", catalog, "--publish");
    expect(table.stdout).toMatch(/Ready to publish\.\n\s+The 56-day deadline passed on 25 April 2021 \(\d+ days ago\): publish it now\.$/m);
    expect(table.stdout.match(/25 April 2021/g)).toHaveLength(1);
    expect(table.code).toBe(0);
    // Something fixable left: not ready, exit 1, and the deadline is still not one of the things left.
    const unsigned = await ird("check", letter(false), "--inspection", vawg.id, "--catalog", catalog, "--publish", "--json");
    expect(JSON.parse(unsigned.stdout).publish).toMatchObject({ ready: false, overdue: true, deadlineNote: expect.stringMatching(/^The 56-day deadline passed on 25 April 2021 \(\d+ days ago\): publish it as soon as it is ready\.$/), items: [{ code: "no-signature" }] });
    expect(unsigned.code).toBe(1);
  });

  it("--publish lists areas for improvement left unanswered apart, as optional: they never stop a ready letter", async () => {
    const vawg = inspection("hmicfrs-vawg-final-2021");
    const rec = vawg.recommendations[2];
    const afi = (number: number, text: string) => ({ id: `a${number}`, kind: "area-for-improvement", number, portalId: null, text, addressees: [], localResponseExpected: true, due: null, parts: [] });
    const areas = [afi(1, "The force should improve how it records the outcome of every stalking referral."), afi(2, "The force should review how quickly it answers non-emergency calls from victims.")];
    const catalog = file("afi.json", JSON.stringify({ inspections: [{ ...vawg, publishedOn: new Date().toISOString().slice(0, 10), recommendations: [rec], areasForImprovement: areas }] }));
    const letter = file("afi-letter.txt", [
      "The Home Secretary",
      "2 March 2026",
      `Recommendation 1: ${rec.text}`,
      "Response: The review was completed in October and the findings went to the board.",
      "Area for improvement 1",
      "Response: Stalking referrals are now logged with their outcome and audited each month.",
      "Yours sincerely",
      "Jordan Reyes",
      "Police and Crime Commissioner",
      "Copy: HMICFRS",
    ].join("\n"));
    const json = await ird("check", letter, "--inspection", vawg.id, "--catalog", catalog, "--publish", "--json");
    const publish = JSON.parse(json.stdout).publish;
    expect(publish).toMatchObject({ ready: true, items: [], optional: [{ code: "area-for-improvement", areaForImprovement: "a2", message: "Area for improvement 2 is not in the document (optional)." }] });
    expect(JSON.parse(json.stdout).summary).toMatchObject({ answered: 1, total: 1 });
    expect(json.code).toBe(0);

    const table = await ird("check", letter, "--inspection", vawg.id, "--catalog", catalog, "--publish");
    expect(table.stdout).toMatch(/Ready to publish\.\n\s+Due .*: \d+ days? left\.\n\s+Optional \(areas for improvement; they do not stop publication\):\n\s+- Area for improvement 2 is not in the document \(optional\)\./);
    expect(table.code).toBe(0);
  });

  it("checks a folder and gives an array of reports with a file field", async () => {
    const r = await ird("check", fixtureDir, "--inspection", "cjji-rape-phase-2-2022", "--json");
    const json = JSON.parse(r.stdout);
    expect(json.map((x: { file: string }) => x.file)).toEqual(["letter-appendix.txt", "narrative-letter.txt", "portal-form.txt"]);
    expect(Object.keys(json[0])).toEqual(["file", "inspection", "recommendations", "summary", "notes"]);
    expect(r.code).toBe(1);
  });

  it("checks several files given at once, as a shell glob gives them, each named by its path", async () => {
    const narrative = path.join(fixtureDir, "narrative-letter.txt");
    const r = await ird("check", form, narrative, "--inspection", "cjji-rape-phase-2-2022", "--json");
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual([form, narrative]);
    expect(r.stderr).toBe("");
    // One that is not there is said on its own line; the others are still checked, and the exit is 2.
    const gone = path.join(fixtureDir, "no-such-letter.docx");
    const some = await ird("check", form, gone, "--inspection", "cjji-rape-phase-2-2022", "--json");
    expect(some.code).toBe(2);
    expect(some.stderr).toBe(`ird: cannot read ${gone}: no such file or folder`);
    expect(JSON.parse(some.stdout).map((x: { file: string }) => x.file)).toEqual([form]);
  });

  it("uses the inspection stored in a .docx, so --inspection is not needed", async () => {
    const insp = inspection("cjji-rape-phase-2-2022");
    const bytes = await buildDocx(
      insp.recommendations.map((rec) => ({ sdt: { tag: sectionTag(insp.id, rec.id), children: [rec.text, { sdt: { tag: responseTag(insp.id, rec.id), children: ["Done: audited monthly by the witness care manager."] } }] } })),
      { customXml: [inspectionToXml(insp)] },
    );
    const r = await ird("check", file("drafted.docx", bytes), "--json");
    expect(JSON.parse(r.stdout).summary).toEqual({ answered: 3, unanswered: 0, total: 3 });
    expect(r.code).toBe(0);
  });

  it.each([
    ["a file that is not a Word document", () => ["check", file("fake.docx", "not a zip"), "--inspection", "cjji-rape-phase-2-2022"], /not a Word document/],
    ["a file type it cannot read", () => ["check", file("notes.pdf", "%PDF"), "--inspection", "cjji-rape-phase-2-2022"], /reads \.docx and \.txt/],
    ["a file that does not exist", () => ["check", path.join(tmp, "nope.docx"), "--inspection", "cjji-rape-phase-2-2022"], /no such file/],
    ["an unknown inspection", () => ["check", form, "--inspection", "no-such-inspection"], /unknown inspection "no-such-inspection"/],
    ["a catalog that is not JSON", () => ["check", form, "--inspection", "x", "--catalog", file("bad.json", "{")], /bad catalog/],
    ["a catalog with no valid inspection", () => ["check", form, "--inspection", "x", "--catalog", file("empty.json", '{"inspections":[{"id":""}]}')], /bad catalog/],
    ["no inspection for a plain text file", () => ["check", form], /use --inspection/],
  ])("exits 2 with a one-line reason for %s", async (_, args, reason) => {
    const r = await ird(...(args as () => string[])());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason as RegExp);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it("runs with plain node from bin/ird.js", () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, "bin", "ird.js"), "check", form, "--inspection", "cjji-rape-phase-2-2022", "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.answered).toBe(2);
  });
});
