/**
 * ird wording: the comms team's checks on a wording library.
 *   ird wording check <library.json>
 *     Exit 0: every entry valid; 1: some entries are not (each named, with why); 2: bad input.
 *   ird wording stale <file.docx|folder> --library <library.json>
 *     Lists the wording blocks whose entry has a newer approved version or was retired.
 *     Exit 0: none; 1: some; 2: bad input.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { decodeText } from "../domain/docx/decode";
import { builtInWording, mergeLibraries, parseWordingFile, staleWording, WORDING_LIMITS, type WordingFileRead } from "../domain/wording";
import { InputError, listFiles, readSnapshot } from "./check";
import { readRegularFile, Unreadable } from "./readInput";

export const WORDING_USAGE = "usage: ird wording check <library.json> | ird wording stale <file.docx|folder> --library <library.json>";

const OPTIONS = { library: { type: "string" }, help: { type: "boolean", short: "h" } } satisfies ParseArgsConfig["options"];

function readLibrary(file: string): WordingFileRead {
  let text: string;
  try {
    // Bytes, at up to 4 per character, of the largest library the pane accepts.
    text = decodeText(readRegularFile(file, WORDING_LIMITS.fileChars * 4, "wording library")).text.replace(/^\uFEFF/, "");
  } catch (e) {
    if (e instanceof Unreadable) throw new InputError(`bad wording library ${file}: ${e.message}`);
    throw new InputError(`bad wording library ${file}: ${(e as Error).message?.split("\n")[0] ?? String(e)}`);
  }
  const read = parseWordingFile(text);
  const whole = read.problems.find((p) => p.index === -1);
  if (whole) throw new InputError(`bad wording library ${file}: the file ${whole.message}`);
  return read;
}

export async function runWording(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [sub, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(`${(e as Error).message.split("\n")[0]}; ${WORDING_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help || sub === "--help" || sub === "-h") {
    out(WORDING_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(WORDING_USAGE);
  if (sub === "check") {
    const read = readLibrary(positionals[0]);
    for (const p of read.problems) err(`ird: ${p.label}: ${p.message}`);
    const by = (s: string) => read.snippets.filter((x) => x.status === s).length;
    out(`${read.snippets.length} valid entr${read.snippets.length === 1 ? "y" : "ies"} (${by("approved")} approved, ${by("draft")} draft, ${by("retired")} retired); ${read.problems.length} not valid`);
    return read.problems.length ? 1 : 0;
  }
  if (sub === "stale") {
    if (!values.library) throw new InputError(`--library is needed; ${WORDING_USAGE}`);
    const library = mergeLibraries(builtInWording, readLibrary(values.library).snippets);
    let stale = 0;
    for (const file of listFiles(positionals[0])) {
      if (!/\.docx$/i.test(file)) continue;
      const { snapshot } = await readSnapshot(file);
      for (const s of staleWording(snapshot.controls.map((c) => c.tag), library)) {
        stale++;
        out(`${file}: ${s.tag} ${s.kind === "retired" ? "is retired" : `has a newer approved version (${s.current.version})`}`);
      }
    }
    if (!stale) out("no stale wording");
    return stale ? 1 : 0;
  }
  throw new InputError(`unknown wording command "${sub ?? ""}"; ${WORDING_USAGE}`);
}
