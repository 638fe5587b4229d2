import path from "node:path";
import { wordingTag } from "../../src/domain/tags";
import { buildDocx } from "../unit/coverage/buildDocx";
import { repoRoot } from "../unit/coverage/fixtures";
import { ird, tempFiles } from "./support/cli";

const { file } = tempFiles("ird-wording-");
const library = (snippets: unknown[]) => JSON.stringify({ format: "ird-wording", formatVersion: 1, snippets });
const entry = (id: string, version: number, status: string) => ({ id, version, title: id, category: "closing", status, text: "Thank you." });

describe("ird wording check", () => {
  it("passes the built-in library", async () => {
    const r = await ird("wording", "check", path.join(repoRoot, "assets/wording/topics.json"));
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^14 valid entries \(14 approved, 0 draft, 0 retired\); 0 not valid$/) });
  });

  it("names each entry that is not valid, and exits 1", async () => {
    const r = await ird("wording", "check", file("bad.json", library([entry("closing-a", 1, "approved"), { ...entry("closing-b", 1, "approved"), text: "{nope}" }])));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ird: closing-b: text uses the unknown placeholder {nope}");
  });

  it("refuses a file that is not JSON, or not a wording library, with exit 2", async () => {
    expect(await ird("wording", "check", file("x.json", "{"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/the file is not valid JSON/) });
    expect(await ird("wording", "check", file("y.json", "{}"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/this is not a wording file/) });
  });
});

describe("ird wording stale", () => {
  it("lists wording blocks with a newer approved version or a retired entry, and exits 1", async () => {
    const lib = file("lib.json", library([entry("closing-a", 1, "approved"), entry("closing-a", 2, "approved"), entry("closing-b", 1, "approved"), entry("closing-b", 2, "retired")]));
    const doc = file(
      "letter.docx",
      await buildDocx([
        "Dear Inspector,",
        { sdt: { tag: wordingTag("closing-a", 1), children: ["Thank you."] } },
        { sdt: { tag: wordingTag("closing-a", 2), children: ["Thank you."] } },
        { sdt: { tag: wordingTag("closing-b", 1), children: ["Thank you."] } },
      ]),
    );
    const r = await ird("wording", "stale", doc, "--library", lib);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([`${doc}: ird:wording:closing-a@1 has a newer approved version (2)`, `${doc}: ird:wording:closing-b@1 is retired`]);
  });

  it("says so when nothing is stale", async () => {
    const lib = file("lib2.json", library([entry("closing-a", 1, "approved")]));
    const doc = file("ok.docx", await buildDocx([{ sdt: { tag: wordingTag("closing-a", 1), children: ["Thank you."] } }]));
    expect(await ird("wording", "stale", doc, "--library", lib)).toMatchObject({ code: 0, stdout: "no stale wording" });
  });
});
