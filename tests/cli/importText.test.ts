/** `ird import-text`: catalog JSON out, adding to a catalog file, and one-line reasons for bad input. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalog } from "../../src/domain/catalog";
import { ird, tempFiles } from "./support/cli";

const { dir: tmp, file } = tempFiles("ird-import-");
const report = file(
  "report.txt",
  "An inspection of how forces record hate crime\nPublished on: 5 March 2024\n\nRecommendations\n1. By 30 September 2024, chief constables should audit how hate crime is recorded.\n2. The Home Office should publish the audit results each year.\n\nIntroduction\nWe visited six forces.\n",
);

describe("ird import-text", () => {
  it("prints one inspection as catalog JSON that the catalog loader accepts", async () => {
    const r = await ird("import-text", report, "--json");
    expect(r.code).toBe(0);
    const inspection = JSON.parse(r.stdout);
    expect(inspection).toMatchObject({ title: "An inspection of how forces record hate crime", publishedOn: "2024-03-05" });
    expect(inspection.recommendations.map((x: { due: string | null }) => x.due)).toEqual(["By 30 September 2024", null]);
    expect(parseCatalog({ inspections: [inspection] }).problems).toEqual([]);
  });

  it("takes the title, date and id from the command line", async () => {
    const r = await ird("import-text", report, "--title", "Hate crime recording", "--published", "2024-03-06", "--id", "hate-2024", "--json");
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "hate-2024", title: "Hate crime recording", publishedOn: "2024-03-06" });
  });

  it("adds to a catalog file, refuses an id already there, and replaces it with --replace", async () => {
    const catalog = file("catalog.json", JSON.stringify({ schemaVersion: 1, note: "ours", inspections: [] }));
    const first = await ird("import-text", report, "--id", "hate-2024", "--into", catalog);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/added hate-2024 \(2 recommendations\)/);
    const again = await ird("import-text", report, "--id", "hate-2024", "--into", catalog);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has an inspection "hate-2024".*--replace/);
    const replaced = await ird("import-text", report, "--id", "hate-2024", "--into", catalog, "--replace", "--title", "New title");
    expect(replaced.code).toBe(0);
    const saved = JSON.parse(readFileSync(catalog, "utf8"));
    expect(saved.note).toBe("ours");
    expect(saved.inspections.map((i: { id: string; title: string }) => [i.id, i.title])).toEqual([["hate-2024", "New title"]]);
  });

  it("prints a summary and its warnings when asked for neither JSON nor a catalog", async () => {
    const r = await ird("import-text", file("bare.txt", "Recommendations\n1. Forces should record hate crime correctly.\n"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Recommendation 1 \(police forces\): Forces should record/);
    expect(r.stderr).toMatch(/warning: No title found in the text: give one with --title\./);
    expect(r.stderr).toMatch(/warning: No publication date found in the text: \d{4}-\d{2}-\d{2} used; check it \(--published gives another\)/);
  });

  it.each([
    ["text with no recommendations", () => ["import-text", file("none.txt", "Minutes\nThe panel should meet again.\n"), "--json"], /nothing imported .*no recommendations/],
    ["a .pdf that is not a PDF", () => ["import-text", file("report.pdf", "Recommendations\n1. Forces should act.\n"), "--json"], /cannot read .*report\.pdf: not a PDF \(it does not start with %PDF-\)/],
    ["a file that does not exist", () => ["import-text", path.join(tmp, "nope.txt")], /no such file/],
    ["a date that is not a date", () => ["import-text", report, "--published", "2024-02-30"], /--published must be a real date/],
    ["an unknown option", () => ["import-text", report, "--colour"], /unknown option --colour/],
    ["a missing value", () => ["import-text", report, "--title"], /--title needs a value/],
  ])("exits 2 with a one-line reason for %s", async (_, args, reason) => {
    const r = await ird(...(args as () => string[])());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason as RegExp);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it.each([["import-text"], ["check"]])("%s --help prints its usage and exits 0", async (command) => {
    const r = await ird(command, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: ird ${command}`));
  });
});
