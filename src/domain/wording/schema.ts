/** Validation of wording files (built-in assets/wording/*.json or an office's own). */
import "../zodConfig";
import * as z from "zod/mini";
import { zodMessages } from "../zodMessages";
import { checkTemplate } from "./template";
import type { WordingCategory, WordingProblem, WordingSnippet } from "./types";

const CATEGORIES = ["opening", "s55-statement", "closing", "response"] as const satisfies readonly WordingCategory[];

/** Limits on a wording file, so one made by mistake (or on purpose) cannot hang the pane. */
export const WORDING_LIMITS = {
  /** Snippets in one file (every version counts). */
  snippets: 1_000,
  /** Characters of one snippet's text. */
  text: 10_000,
  /** Characters of a wording file read as text (JSON): 1 MB. */
  fileChars: 1_000_000,
} as const;

// zod/mini (functional API) rather than zod: the same checks at a third of the download.
const trimmedText = (max?: { length: number; message: string }) =>
  z.string().check(z.trim(), z.minLength(1, "must not be empty"), ...(max ? [z.maxLength(max.length, max.message)] : []));

export const wordingSnippetSchema = z
  .object({
    id: z.string().check(z.trim(), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. closing-thanks")),
    version: z.number().check(z.int("must be a whole number"), z.positive("must be 1 or more")),
    title: trimmedText({ length: 64, message: "must be 64 characters or fewer (Word shows no more)" }),
    category: z.enum(CATEGORIES, { message: `must be one of ${CATEGORIES.join(", ")}` }),
    status: z.enum(["approved", "draft"], { message: "must be approved or draft" }),
    text: trimmedText({ length: WORDING_LIMITS.text, message: `must be ${WORDING_LIMITS.text.toLocaleString("en-GB")} characters or fewer` }),
  })
  .check(
    z.superRefine((s, ctx) => {
      // Response wording sits inside a recommendation's section, so it may name the recommendation.
      const scope = s.category === "response" ? "recommendation" : "document";
      for (const message of checkTemplate(s.text, scope)) ctx.addIssue({ code: "custom", path: ["text"], message });
    }),
  );

const fileSchema = z.object({
  format: z.literal("ird-wording", { message: 'must be "ird-wording" (this is not a wording file)' }),
  formatVersion: z.literal(1, { message: "must be 1 (made by a newer version of the add-in?)" }),
  snippets: z.array(z.unknown()).check(z.maxLength(WORDING_LIMITS.snippets, `must list ${WORDING_LIMITS.snippets.toLocaleString("en-GB")} snippets or fewer`)),
});

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "snippet"} ${i.message}`)
    .join("; ");
}

/** Reads a wording file; broken snippets are reported and skipped, the rest load. */
export function parseWordingFile(raw: unknown): { snippets: WordingSnippet[]; problems: WordingProblem[] } {
  let data = raw;
  if (typeof raw === "string") {
    if (raw.length > WORDING_LIMITS.fileChars) {
      return { snippets: [], problems: [{ index: -1, label: "file", message: `is too large (${Math.ceil(raw.length / 1000).toLocaleString("en-GB")} KB; a wording file may be ${WORDING_LIMITS.fileChars / 1000} KB at most)` }] };
    }
    try {
      data = JSON.parse(raw);
    } catch {
      return { snippets: [], problems: [{ index: -1, label: "file", message: "is not valid JSON" }] };
    }
  }
  const file = z.safeParse(fileSchema, data, { error: zodMessages });
  if (!file.success) return { snippets: [], problems: [{ index: -1, label: "file", message: describe(file.error) }] };
  const snippets: WordingSnippet[] = [];
  const problems: WordingProblem[] = [];
  const seen = new Set<string>();
  file.data.snippets.forEach((entry, index) => {
    const r = z.safeParse(wordingSnippetSchema, entry, { error: zodMessages });
    const label = entry && typeof entry === "object" && typeof (entry as { id?: unknown }).id === "string" ? (entry as { id: string }).id : `snippet ${index + 1}`;
    if (!r.success) {
      problems.push({ index, label, message: describe(r.error) });
      return;
    }
    const key = `${r.data.id}@${r.data.version}`;
    if (seen.has(key)) {
      problems.push({ index, label, message: `repeats version ${r.data.version} of "${r.data.id}"` });
      return;
    }
    seen.add(key);
    snippets.push(r.data);
  });
  return { snippets, problems };
}
