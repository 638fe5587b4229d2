/**
 * ird: the reviewer's command line.
 *   ird check <file.docx|file.txt|folder> --inspection <id> [--catalog <catalog.json>] [--json]
 *     Exit 0: every recommendation answered with nothing to look at; 1: some unanswered, or an
 *     answer needs attention (a warning such as no-action-or-reason, or a stored inspection that
 *     differs from the catalog's); 2: bad input (reason on stderr).
 *   ird import-text <file.txt|file.pdf> [--title <title>] [--published YYYY-MM-DD] [--id <id>] [--json] [--into <catalog.json> [--replace]]
 *     Exit 0: imported (warnings on stderr); 2: nothing could be read, or bad input.
 */
import path from "node:path";
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from "node:util";
import { checkFile, foldersIn, InputError, listFiles, loadCatalog, type Checked } from "./check";
import { publishJson, publishTable, toJson, toTable } from "./format";
import { addToCatalog, describeImport, importFile, type ImportArgs } from "./importText";
import { oneLine, safeJson, safeLines } from "./terminal";
import { runWording, WORDING_USAGE } from "./wording";

const CHECK_USAGE = "usage: ird check <file.docx|file.txt|folder>… --inspection <id> [--catalog <catalog.json>] [--json] [--publish]";
const IMPORT_USAGE = "usage: ird import-text <file.txt|file.pdf> [--title <title>] [--published YYYY-MM-DD] [--id <id>] [--json] [--into <catalog.json> [--replace]]";
const USAGE = `usage: ird <check|import-text|wording> …  (ird <command> --help for more)`;

const CHECK_HELP = `${CHECK_USAGE}

Checks which recommendations of an inspection a response answers: one file, a folder's files (not
its folders), or several of either (\`ird check letters/*.docx\`).
  --inspection <id>   the catalog inspection to check against (not needed for a .docx drafted with the add-in)
  --catalog <file>    catalog JSON (default: the built-in catalog, assets/catalog.json)
  --json              print the report as JSON
  --publish           also list everything that stands between the document and publication
                      (unanswered or warned answers, prompts left, empty boxes, date, signature, copies;
                      the deadline is shown beside the verdict, a passed one never stops it; areas
                      for improvement left unanswered are listed apart, as optional)
When the catalog lists the inspection, its recommendations are checked; an inspection stored in the
document that differs from it is noted. ird reads only regular .docx/.txt files within size limits,
and says why it refuses one (too large, nested too deep, not text, not a Word document).
Exit 0: all answered, nothing to look at (with --publish: ready to publish); 1: some not answered,
or an answer needs attention (a warning, e.g. no action or reason given, or a stored inspection
that differs), or with --publish something is left; 2: bad input.`;

const IMPORT_HELP = `${IMPORT_USAGE}

Reads an inspection's recommendations, causes of concern and areas for improvement from the
report PDF (its text layer; two-column pages are read column by column) or from report text in a
.txt file (copied from the PDF or web page, the HMICFRS recommendations pages, or a tracker table).
  --title <title>           the report's title, when neither the text nor the PDF's properties state it
  --published YYYY-MM-DD    the publication date, when the text does not state it
  --id <id>                 the catalog id (default: made from the title and year)
  --json                    print the inspection as catalog JSON
  --into <catalog.json>     add it to a catalog file (created if missing)
  --replace                 with --into: replace an inspection with the same id
A PDF may be up to 50 MB; an encrypted PDF, or one of scanned pages with no text layer, is refused
with the reason. Warnings about what could not be read go to stderr.
Exit 0: imported; 2: nothing read, or bad input.`;

const CHECK_OPTIONS = {
  inspection: { type: "string" },
  catalog: { type: "string" },
  json: { type: "boolean" },
  publish: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} satisfies ParseArgsConfig["options"];

const IMPORT_OPTIONS = {
  title: { type: "string" },
  published: { type: "string" },
  id: { type: "string" },
  json: { type: "boolean" },
  into: { type: "string" },
  replace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} satisfies ParseArgsConfig["options"];

interface CheckArgs {
  command: "check";
  /** Files or folders, as given (a shell glob gives several). */
  targets: string[];
  inspection?: string;
  /** A catalog file; undefined: the built-in one. */
  catalog: string | undefined;
  json: boolean;
  publish: boolean;
}

type Args = CheckArgs | ({ command: "import-text" } & ImportArgs) | { command: "wording"; argv: string[] } | { command: "help"; text: string };

/** util.parseArgs, with its errors turned into one line that names the option and the usage. */
function parseWith<O extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: O, usage: string) {
  try {
    return parseNodeArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const flag = /'(-[^'\s]+)/.exec((e as Error).message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new InputError(`unknown option ${flag}; ${usage}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new InputError(`${flag.split(/[ ,]/)[0]} needs a value; ${usage}`);
    throw new InputError(`${(e as Error).message.split("\n")[0]}; ${usage}`);
  }
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") return { command: "help", text: `${USAGE}\n\n${CHECK_USAGE}\n${IMPORT_USAGE}\n${WORDING_USAGE}` };
  if (command === "check") {
    const { values, positionals } = parseWith(rest, CHECK_OPTIONS, CHECK_USAGE);
    if (values.help) return { command: "help", text: CHECK_HELP };
    // A value-taking option given no value swallows the next option: say so, as before.
    for (const key of ["inspection", "catalog"] as const) {
      if (values[key]?.startsWith("--")) throw new InputError(`--${key} needs a value; ${CHECK_USAGE}`);
    }
    if (!positionals.length) throw new InputError(CHECK_USAGE);
    return {
      command: "check",
      targets: positionals,
      inspection: values.inspection,
      catalog: values.catalog,
      json: values.json ?? false,
      publish: values.publish ?? false,
    };
  }
  if (command === "import-text") {
    const { values, positionals } = parseWith(rest, IMPORT_OPTIONS, IMPORT_USAGE);
    if (values.help) return { command: "help", text: IMPORT_HELP };
    for (const key of ["title", "published", "id", "into"] as const) {
      if (values[key]?.startsWith("--")) throw new InputError(`--${key} needs a value; ${IMPORT_USAGE}`);
    }
    if (positionals.length > 1) throw new InputError(`one file at a time; ${IMPORT_USAGE}`);
    if (!positionals.length) throw new InputError(IMPORT_USAGE);
    if (values.replace && !values.into) throw new InputError(`--replace goes with --into; ${IMPORT_USAGE}`);
    return {
      command: "import-text",
      file: positionals[0],
      title: values.title,
      published: values.published,
      id: values.id,
      json: values.json ?? false,
      into: values.into,
      replace: values.replace ?? false,
    };
  }
  if (command === "wording") return { command: "wording", argv: rest };
  throw new InputError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
}

export async function run(argv: string[], repoRoot: string, rawOut: (s: string) => void, rawErr: (s: string) => void): Promise<number> {
  // Whatever a document, a catalog or a file name holds, no control character reaches the terminal.
  const out = (s: string) => rawOut(safeLines(s));
  const err = (s: string) => rawErr(oneLine(s));
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      out(args.text);
      return 0;
    }
    if (args.command === "import-text") return await runImport(args, out, err);
    if (args.command === "wording") return await runWording(args.argv, out, err);
    return await runCheck(args, out, err);
  } catch (e) {
    if (e instanceof InputError) {
      err(`ird: ${e.message}`);
      return 2;
    }
    err(`ird: unexpected error: ${(e as Error).message?.split("\n")[0] ?? String(e)}`);
    return 2;
  }
}

async function runImport(args: ImportArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const imported = await importFile(args);
  for (const w of imported.warnings) err(`ird: warning: ${w}`);
  if (args.into) {
    const done = addToCatalog(args.into, imported.inspection, args.replace);
    const n = imported.inspection.recommendations.length;
    const afis = imported.inspection.areasForImprovement?.length ?? 0;
    const counted = `${n} recommendation${n === 1 ? "" : "s"}${afis ? `, ${afis} area${afis === 1 ? "" : "s"} for improvement` : ""}`;
    (args.json ? err : out)(`ird: ${done} ${imported.inspection.id} (${counted}) ${done === "added" ? "to" : "in"} ${args.into}`);
  }
  if (args.json) out(safeJson(imported.inspection));
  else if (!args.into) out(describeImport(imported));
  return 0;
}

async function runCheck(args: CheckArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const several = args.targets.length > 1;
  let bad = false;
  const files: string[] = [];
  for (const target of args.targets) {
    try {
      files.push(...listFiles(target));
    } catch (e) {
      // Several given (a glob): one missing or empty is reported on its own line, as a bad file in a folder.
      if (!several || !(e instanceof InputError)) throw e;
      err(`ird: ${e.message}`);
      bad = true;
      continue;
    }
    // Not searched, and said so: a reviewer filing letters by force in subfolders would otherwise take
    // a clean result for the whole tree.
    const inner = foldersIn(target);
    if (inner.length)
      err(`ird: not looked inside the folder${inner.length === 1 ? "" : "s"} in ${target}: ${inner.map((f) => `${f}/`).join(", ")} (check ${inner.length === 1 ? "it" : "each"} on its own)`);
  }
  const folder = several || files.length !== 1 || files[0] !== args.targets[0];
  const catalog = loadCatalog(args.catalog);
  const results: Checked[] = [];
  for (const file of files) {
    try {
      results.push(await checkFile(file, args.inspection, catalog, args.publish ? { today: new Date() } : undefined));
    } catch (e) {
      if (!folder) throw e;
      // In a folder, one bad file is reported on its own line and the others are still checked.
      err(`ird: ${e instanceof InputError ? e.message : `cannot check ${file}: unexpected error: ${(e as Error)?.message?.split("\n")[0] ?? String(e)}`}`);
      bad = true;
    }
  }
  if (args.json) {
    const one = (r: Checked) => ({ ...toJson(r.report), ...(r.publish ? { publish: publishJson(r.publish) } : {}) });
    // A folder's files by name; several files or folders given, by their paths (two may share a name).
    const json = folder ? results.map((r) => ({ file: several ? r.file : path.basename(r.file), ...one(r) })) : one(results[0]);
    out(safeJson(json));
  } else if (results.length) {
    out(
      results
        .map((r) => toTable(path.basename(r.file), r.inspection, r.report, process.stdout.columns || 100) + (r.publish ? `\n${publishTable(r.publish)}` : ""))
        .join("\n\n"),
    );
  }
  if (bad) return 2;
  const clear = (r: Checked) => !r.attention && r.report.summary.unanswered === 0 && r.report.items.every((i) => !i.warnings?.length) && (r.publish?.ready ?? true);
  return results.every(clear) ? 0 : 1;
}

if (require.main === module) {
  const repoRoot = path.resolve(__dirname, "..", "..");
  run(process.argv.slice(2), repoRoot, (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n")).then((code) => {
    process.exitCode = code;
  });
}
