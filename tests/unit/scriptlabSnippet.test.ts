/**
 * The Script Lab snippet (scripts/scriptlab/section-build.yaml) is generated from src/word: it must
 * be what the generator makes from the current sources, and be a snippet Script Lab can import.
 * Running it in Word: tests/word/scriptlab.test.ts.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { COMMAND, generateSnippet, OUTPUT_FILE, OUTPUT_PATH } from "../../scripts/scriptlab/generate.cjs";
import { readSnippet } from "../support/scriptlab";

const committed = readFileSync(OUTPUT_FILE, "utf8");

it("is up to date with src/word and scripts/scriptlab", async () => {
  const fresh = await generateSnippet();
  // Not toBe: a 50 KB diff would bury the one thing to do.
  if (fresh !== committed) throw new Error(`${OUTPUT_PATH} is out of date with the code it bundles: run \`${COMMAND}\` and commit the result.`);
});

it("is a Word snippet in Script Lab's format: script, template, style and libraries", () => {
  const snippet = readSnippet(committed);
  expect(snippet.host).toBe("WORD");
  expect(snippet.api_set).toEqual({ WordApi: "1.1" });
  expect(snippet.name).toMatch(/section build/);
  expect(snippet.script.language).toBe("typescript");
  expect(snippet.template.language).toBe("html");
  expect(snippet.style.language).toBe("css");
  for (const id of ["run", "remove", "report"]) expect(snippet.template.content).toContain(`id="${id}"`);
  expect(snippet.template.content).toContain("Run the section build");
  expect(snippet.libraries.split("\n")).toEqual(expect.arrayContaining(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "@types/office-js"]));
});

it("has a script Script Lab's TypeScript compiler takes without a syntax error", () => {
  const { script } = readSnippet(committed);
  const out = ts.transpileModule(script.content, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2017 } });
  expect(out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  expect(script.content.startsWith("// @ts-nocheck\n")).toBe(true);
});
