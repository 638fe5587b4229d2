/**
 * ird: the reviewer's command line.
 *   ird check <file.docx|file.txt|folder> --inspection <id> [--catalog <catalog.json>] [--json]
 * Exit 0: every recommendation answered; 1: some unanswered; 2: bad input (reason on stderr).
 */
import path from "node:path";
import { checkFile, InputError, listFiles, loadCatalog, type Checked } from "./check";
import { toJson, toTable } from "./format";

const USAGE = "usage: ird check <file.docx|file.txt|folder> --inspection <id> [--catalog <catalog.json>] [--json]";

interface Args {
  target: string;
  inspection?: string;
  catalog: string;
  json: boolean;
}

export function parseArgs(argv: string[], repoRoot: string): Args {
  const [command, ...rest] = argv;
  if (command !== "check") throw new InputError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  const args: Partial<Args> = { json: false, catalog: path.join(repoRoot, "assets", "catalog.json") };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new InputError(`${a} needs a value; ${USAGE}`);
      return v;
    };
    const [flag, inline] = a.split(/=(.*)/s, 2);
    if (flag === "--json") args.json = true;
    else if (flag === "--inspection") args.inspection = inline ?? value();
    else if (flag === "--catalog") args.catalog = inline ?? value();
    else if (a.startsWith("--")) throw new InputError(`unknown option ${a}; ${USAGE}`);
    else if (args.target) throw new InputError(`one file or folder at a time; ${USAGE}`);
    else args.target = a;
  }
  if (!args.target) throw new InputError(USAGE);
  return args as Args;
}

export async function run(argv: string[], repoRoot: string, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const args = parseArgs(argv, repoRoot);
    const files = listFiles(args.target);
    const folder = files.length !== 1 || files[0] !== args.target;
    const catalog = loadCatalog(args.catalog);
    const results: Checked[] = [];
    let bad = false;
    for (const file of files) {
      try {
        results.push(await checkFile(file, args.inspection, catalog));
      } catch (e) {
        if (!(e instanceof InputError) || !folder) throw e;
        // In a folder, one unreadable file does not hide the others' results.
        err(`ird: ${e.message}`);
        bad = true;
      }
    }
    if (args.json) {
      const json = folder ? results.map((r) => ({ file: path.basename(r.file), ...toJson(r.report) })) : toJson(results[0].report);
      out(JSON.stringify(json, null, 2));
    } else {
      out(results.map((r) => toTable(path.basename(r.file), r.inspection, r.report, process.stdout.columns || 100)).join("\n\n"));
    }
    if (bad) return 2;
    return results.every((r) => r.report.summary.unanswered === 0) ? 0 : 1;
  } catch (e) {
    if (e instanceof InputError) {
      err(`ird: ${e.message}`);
      return 2;
    }
    err(`ird: unexpected error: ${(e as Error).message?.split("\n")[0] ?? String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  const repoRoot = path.resolve(__dirname, "..", "..");
  run(process.argv.slice(2), repoRoot, (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n")).then((code) => {
    process.exitCode = code;
  });
}
