/**
 * The code of the Script Lab snippet (scripts/scriptlab/section-build.yaml), bundled into it by
 * scripts/scriptlab/generate.cjs together with the adapter code it imports, so the snippet runs the
 * add-in's own section build (src/word/insert.ts insertPlan → build.ts → verify.ts), not a copy.
 *
 * "Run the section build": in a new blank document only (like "Check this copy of Word",
 * src/word/selfCheck.ts), inserts one section per built-in house style at the end of the document,
 * each with insertPlan exactly as the pane does, then reads every paragraph back with the tags of
 * the controls around it and compares that with the plans. "Remove what was inserted" takes the
 * sections out again from the inserts' receipts. The report goes into the snippet's text box (to
 * copy into an email) and to the console.
 */
import type { PlanNode } from "../../src/domain/plan";
import type { SnapshotParagraph } from "../../src/domain/snapshot";
import { removeByIds } from "../../src/word/cleanup";
import { errorCode, errorLocation } from "../../src/word/errors";
import { wordFailureText } from "../../src/taskpane/actions/wordFailures";
import { readCapabilities, runAction } from "../../src/word/host";
import { insertPlan } from "../../src/word/insert";
import { isBlank } from "../../src/word/selfCheck";
import { WordActionError, type HostCapabilities, type InsertReceipt } from "../../src/word/port";
import { paragraphText } from "../../src/word/render";
import { assignControlTags, isShowingPlaceholder } from "../../src/word/snapshot";
import type { SnippetPlan } from "./plans";

/** Written into the snippet by the generator, before this code. */
declare const SECTION_BUILD_PLANS: SnippetPlan[];
/** A fingerprint of this code and the plans, so a report says which snippet made it. */
declare const SECTION_BUILD_ID: string;

/** One paragraph as Word reads it back: its text, style and the tags of the controls around it, outermost first. */
interface ReadParagraph {
  text: string;
  style: string;
  tags: string[];
}

/** One paragraph as the plans say it should be. */
interface PlannedParagraph {
  text: string;
  tags: string[];
  /** The placeholder of the control it is directly in: an empty paragraph may read as that (WORD-SEMANTICS 38). */
  placeholder?: string;
}

interface StyleResult {
  entry: SnippetPlan;
  passed: boolean;
  detail: string;
}

/** What the last run inserted, for "Remove what was inserted". */
let receipts: InsertReceipt[] = [];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The snippet's HTML has no element #${id}.`);
  return found as T;
}

/** The paragraphs a plan's nodes become, in order, with the tags around each (like build.ts planParagraphs). */
export function plannedParagraphs(nodes: PlanNode[], tags: string[] = [], placeholder?: string): PlannedParagraph[] {
  return nodes.flatMap((node): PlannedParagraph[] => {
    if (node.kind === "paragraph") return [{ text: paragraphText(node.text), tags, placeholder }];
    const inside = [...tags, node.tag];
    return node.children.length === 0 ? [{ text: "", tags: inside, placeholder: node.placeholderText }] : plannedParagraphs(node.children, inside, node.placeholderText);
  });
}

/**
 * Every body paragraph with the tags of the controls around it. WordApi 1.3+: each paragraph's
 * parent control, then that control's parent, one level per sync (never through a null object,
 * WORD-SEMANTICS 68). Older Word cannot ask a paragraph for its control: there each control's
 * paragraphs are matched to the body's by text, as the add-in's own reading does (snapshot.ts).
 */
async function readBack(caps: HostCapabilities): Promise<ReadParagraph[]> {
  return runAction("read-document", false, async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text,items/style");
    if (!caps.wordApi13) {
      const controls = context.document.body.contentControls.load("items/tag");
      await context.sync();
      const texts = controls.items.map((cc) => cc.paragraphs.load("items/text"));
      await context.sync();
      const read: SnapshotParagraph[] = paragraphs.items.map((p) => ({ text: p.text, style: p.style }));
      assignControlTags(
        read,
        controls.items.map((cc, i) => ({ tag: cc.tag || "(no tag)", texts: texts[i].items.map((p) => p.text) })),
      );
      return read.map((p) => ({ text: p.text, style: p.style ?? "", tags: p.controlTags ?? [] }));
    }
    await context.sync();
    const tags: string[][] = paragraphs.items.map(() => []);
    let level = paragraphs.items.map((p, index) => ({ index, control: p.parentContentControlOrNullObject.load("tag") }));
    for (let depth = 0; depth < 32 && level.length > 0; depth++) {
      await context.sync();
      const found = level.filter((l) => !l.control.isNullObject);
      for (const { index, control } of found) tags[index].unshift(control.tag || "(no tag)");
      level = found.map(({ index, control }) => ({ index, control: control.parentContentControlOrNullObject.load("tag") }));
    }
    return paragraphs.items.map((p, i) => ({ text: p.text, style: p.style, tags: tags[i] }));
  });
}

/** The first difference between what Word holds and what was planned (sections, then the document's own empty paragraph), or null. */
export function compareWithPlans(read: ReadParagraph[], planned: PlannedParagraph[]): string | null {
  const expected: PlannedParagraph[] = [...planned, { text: "", tags: [] }];
  const shown = (p: { text: string; tags: string[] }) => `${quote(p.text)} in ${p.tags.length ? p.tags.join(" > ") : "no control"}`;
  for (let i = 0; i < Math.max(read.length, expected.length); i++) {
    const got = read[i];
    const want = expected[i];
    if (!got) return `Word has ${read.length} paragraphs; ${expected.length} were expected (the sections, then the document's own empty paragraph). Paragraph ${i + 1} should be ${shown(want)}.`;
    if (!want) return `Word has ${read.length} paragraphs; ${expected.length} were expected. Paragraph ${i + 1} is extra: ${shown(got)}.`;
    const sameText = got.text === want.text || (want.text === "" && readsAsEmpty(got.text, want.placeholder));
    if (!sameText || got.tags.join("\n") !== want.tags.join("\n")) return `Paragraph ${i + 1} should be ${shown(want)}; Word has ${shown(got)}.`;
  }
  return null;
}

/** An empty paragraph of a control may read as its placeholder, or as Word's own (as verify.ts allows). */
function readsAsEmpty(text: string, placeholder: string | undefined): boolean {
  return isShowingPlaceholder(text, placeholder ?? "") || isShowingPlaceholder(text, "");
}

/**
 * The add-in's message, then what Word itself said (code, where, message): for whoever reads the
 * report, Word's own words matter more than the add-in's.
 */
export function describeError(error: unknown): string {
  const message = error instanceof WordActionError ? wordFailureText(error) : error instanceof Error ? error.message : String(error);
  const word = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const details = [
    errorCode(word) && `code ${errorCode(word)}`,
    errorLocation(word) && `at ${errorLocation(word)}`,
    word !== error && word instanceof Error && word.message && `“${word.message}”`,
  ].filter(Boolean);
  return details.length ? `${message} (Word: ${details.join(", ")})` : message;
}

/** A paragraph's text on one line: control characters (a line break is \u000b) written as escapes. */
// eslint-disable-next-line no-control-regex
const quote = (text: string) => (text === "" ? "(empty)" : `“${text.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}”`);

function wordLine(caps: HostCapabilities): string {
  let version = "";
  try {
    version = Office.context.diagnostics?.version ?? "";
  } catch {
    // Not every host has diagnostics.
  }
  return `Word: ${caps.platform}, WordApi ${caps.wordApi}${version ? `, version ${version}` : ""}`;
}

/** Inserts each plan with the add-in's insertPlan; a failure of one style is reported and the others still run. */
async function insertEach(caps: HostCapabilities): Promise<StyleResult[]> {
  const results: StyleResult[] = [];
  for (const entry of SECTION_BUILD_PLANS) {
    try {
      const outcome = await insertPlan(entry.plan, "end", caps);
      if (outcome.receipt) receipts.push(outcome.receipt);
      const problems = outcome.problems.map((p) => `${p.kind} at ${p.tag}`);
      if (outcome.inserted.length === 0) problems.push("nothing was inserted");
      const passed = outcome.verified && problems.length === 0;
      results.push({ entry, passed, detail: passed ? `inserted and verified ${outcome.inserted.join(", ")}` : `the add-in's check found: ${problems.join("; ")}` });
    } catch (error) {
      results.push({ entry, passed: false, detail: describeError(error) });
    }
  }
  return results;
}

async function runBuild(): Promise<string> {
  const caps = readCapabilities();
  const head = [`Section build check (Script Lab snippet ${SECTION_BUILD_ID})`, wordLine(caps)];
  if (!(await isBlank()))
    return [...head, "", "NOT RUN: the check runs only in a new blank document, so nothing of yours is touched. Open one (File › New › Blank document), open Script Lab there and run it again."].join("\n");
  receipts = [];
  const results = await insertEach(caps);
  let read: ReadParagraph[] = [];
  let readError: string | null = null;
  try {
    read = await readBack(caps);
  } catch (error) {
    readError = `Word could not read the document back: ${describeError(error)}`;
  }
  const built = results.every((r) => r.passed);
  const planned = SECTION_BUILD_PLANS.flatMap((entry) => plannedParagraphs(entry.plan.nodes));
  const difference = readError ?? (built ? compareWithPlans(read, planned) : "not compared, since an insert failed.");
  const passed = built && difference === null;
  return [
    ...head,
    `Result: ${passed ? "PASS" : "FAIL"}`,
    "",
    "One section per built-in house style, each inserted at the end by the add-in's own code:",
    ...results.map((r) => `${r.passed ? "PASS" : "FAIL"}  ${r.entry.name} (${r.entry.style}): ${r.detail}`),
    "",
    `Paragraphs as Word reads them back: number | style | text | tags of the controls around it, outermost first${caps.wordApi13 ? "" : " (matched by text: this Word has no WordApi 1.3)"}`,
    ...read.map((p, i) => `${i + 1} | ${p.style} | ${quote(p.text)} | ${p.tags.length ? p.tags.join(" > ") : "(no control)"}`),
    "",
    `Compared with the plans: ${difference === null ? "the same, paragraph for paragraph." : difference}`,
  ].join("\n");
}

async function removeInserted(): Promise<string> {
  if (receipts.length === 0) return "Nothing to remove: this snippet has inserted nothing since it was opened.";
  const caps = readCapabilities();
  const ids = receipts.flatMap((r) => r.allControlIds);
  // As the pane's "Remove what was just inserted" does (officeWordPort.ts removeInserted).
  const { removed, tracked } = await runAction("remove-inserted", true, (context) => removeByIds(context, ids, caps));
  receipts = [];
  const blank = await isBlank();
  const kept = tracked > 0 ? ` (${tracked} kept by Word as tracked deletions: Track Changes is on)` : "";
  return `Removed ${removed} section${removed === 1 ? "" : "s"}${kept}. The document is blank again: ${blank ? "yes" : "NO"}.`;
}

/** Runs one button's action: buttons off meanwhile, the report into the text box and the console. */
async function act(action: () => Promise<string>, append: boolean): Promise<void> {
  const report = element<HTMLTextAreaElement>("report");
  const buttons = [element<HTMLButtonElement>("run"), element<HTMLButtonElement>("remove")];
  buttons.forEach((b) => (b.disabled = true));
  report.setAttribute("data-state", "running");
  let text: string;
  try {
    text = await action();
  } catch (error) {
    text = `ERROR: ${describeError(error)}`;
  }
  report.value = append && report.value ? [report.value, text].join("\n\n") : text;
  console.log(text);
  buttons.forEach((b) => (b.disabled = false));
  report.setAttribute("data-state", "done");
}

element("run").addEventListener("click", () => act(runBuild, false));
element("remove").addEventListener("click", () => act(removeInserted, true));
