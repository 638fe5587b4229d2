/**
 * The Script Lab snippet (scripts/scriptlab/section-build.yaml) run as Script Lab runs it: its
 * script compiled by TypeScript and evaluated next to its HTML, with Microsoft's Word library on
 * the Word host emulator (under every host profile with `npm run test:word`). Its report must list
 * every paragraph Word holds with the tags around it, as the document really is, and say PASS.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { OUTPUT_FILE } from "../../scripts/scriptlab/generate.cjs";
import { snippetPlans } from "../../scripts/scriptlab/plans";
import type { PlanNode } from "../../src/domain/plan";
import type { DocSpec } from "../../src/preview/emulator/modelSpec";
import type { ParagraphNode } from "../../src/preview/emulator/modelTypes";
import type { WordHostOptions } from "../../src/preview/emulator/options";
import { setupWordHost } from "../support/wordHost";
import { readSnippet } from "../support/scriptlab";

const snippet = readSnippet(readFileSync(OUTPUT_FILE, "utf8"));
const script = ts.transpileModule(snippet.script.content, { compilerOptions: { target: ts.ScriptTarget.ES2017 } }).outputText;
const plans = snippetPlans();

/** Opens the snippet in a document: its HTML in the page, its script run; returns a way to press its buttons. */
function openSnippet(spec?: DocSpec, options: Partial<WordHostOptions> = {}) {
  const setup = setupWordHost(options, spec);
  const doc: Document = setup.win.document;
  doc.body.innerHTML = snippet.template.content;
  const logged: string[] = [];
  new Function("document", "console", script)(doc, { log: (text: string) => logged.push(text), error: () => undefined });
  const report = doc.getElementById("report") as HTMLTextAreaElement;
  async function press(id: "run" | "remove"): Promise<string> {
    (doc.getElementById(id) as HTMLButtonElement).click();
    for (let waited = 0; report.getAttribute("data-state") !== "done"; waited += 5) {
      if (waited > 20000) throw new Error(`the snippet did not finish after pressing #${id}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    report.removeAttribute("data-state");
    return report.value;
  }
  return { ...setup, press, logged };
}

/** The report's paragraph lines: "3 | Heading 2 | “Recommendation 1” | ird:section:… > …". */
function reportedParagraphs(report: string): Array<{ text: string; tags: string[] }> {
  return report
    .split("\n")
    .map((line) => /^\d+ \| [^|]* \| (“.*”|\(empty\)) \| (.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, text, tags]) => ({ text: text === "(empty)" ? "" : text.slice(1, -1), tags: tags === "(no control)" ? [] : tags.split(" > ") }));
}

/** The paragraphs the emulated document really holds, with the tags of the controls around each, outermost first. */
function documentParagraphs(model: ReturnType<typeof setupWordHost>["model"]) {
  return model
    .view()
    .filter((v) => v.node.kind === "paragraph")
    .map((v) => ({ text: (v.node as ParagraphNode).text, tags: v.controls.map((c) => c.tag) }));
}

/** The paragraphs a plan's nodes should become, with the tags around each. */
const plannedParagraphs = (nodes: PlanNode[], tags: string[] = []): Array<{ text: string; tags: string[] }> =>
  nodes.flatMap((n) => (n.kind === "paragraph" ? [{ text: n.text, tags }] : plannedParagraphs(n.children, [...tags, n.tag])));

describe("the Script Lab snippet", () => {
  it("builds one section per built-in house style and reports every paragraph with its tags, and PASS", async () => {
    const { press, model, logged } = openSnippet();
    const report = await press("run");

    expect(report).toMatch(/^Section build check \(Script Lab snippet [0-9a-f]{12}\)\n/);
    expect(report).toContain("\nResult: PASS\n");
    expect(report).toContain("Compared with the plans: the same, paragraph for paragraph.");
    for (const { name, style, plan } of plans) expect(report).toContain(`PASS  ${name} (${style}): inserted and verified ${plan.nodes.map((n) => (n.kind === "control" ? n.tag : "")).join(", ")}`);
    // The document holds every section of every style, in order, then its own empty paragraph…
    const actual = documentParagraphs(model);
    expect(actual).toEqual([...plans.flatMap((p) => plannedParagraphs(p.plan.nodes)), { text: "", tags: [] }]);
    // …and the report says so, paragraph for paragraph; an empty paragraph of a control may read as
    // its placeholder (WORD-SEMANTICS 38).
    const reported = reportedParagraphs(report);
    expect(reported.map((p) => p.tags)).toEqual(actual.map((p) => p.tags));
    reported.forEach((p, i) => {
      if (actual[i].text !== "" || p.text === "") expect(p.text).toBe(actual[i].text);
    });
    expect(logged).toEqual([report]);
  });

  it("removes what it inserted, leaving the document blank again", async () => {
    const { press, model } = openSnippet();
    await press("run");
    const report = await press("remove");
    expect(report).toContain(`Removed ${plans.length} sections. The document is blank again: yes.`);
    expect(model.allControls()).toEqual([]);
    expect(documentParagraphs(model)).toEqual([{ text: "", tags: [] }]);
  });

  it("refuses a document that is not blank, and changes nothing", async () => {
    const { press, model } = openSnippet({ body: ["Someone's letter."] });
    const report = await press("run");
    expect(report).toContain("NOT RUN: the check runs only in a new blank document");
    expect(report).not.toContain("PASS");
    expect(documentParagraphs(model)).toEqual([{ text: "Someone's letter.", tags: [] }]);
    expect(await press("remove")).toContain("Nothing to remove");
  });
});

describe("the Script Lab snippet in a Word that refuses the build", () => {
  it("says FAIL, with Word's own error, and leaves the document blank", async () => {
    // Word on the web as a 2018 report has it: ContentControl.insertParagraph refused (WORD-SEMANTICS 66).
    const { press, model } = openSnippet(undefined, { platform: "OfficeOnline", webContentControlInsertParagraph: "notAllowed" });
    const report = await press("run");
    expect(report).toContain("\nResult: FAIL\n");
    expect(report).toMatch(/FAIL {2}.*Word could not insert the response sections: .*\(Word: code NotAllowed, at ContentControl\.insertParagraph/);
    expect(report).toContain("Compared with the plans: not compared, since an insert failed.");
    expect(documentParagraphs(model)).toEqual([{ text: "", tags: [] }]);
  });
});
