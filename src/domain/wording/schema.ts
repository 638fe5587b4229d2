/** Validation of wording files (built-in assets/wording/*.json or an office's own). */
import "../zodConfig";
import * as z from "zod/mini";
import { zodMessages } from "../zodMessages";
import { categoryScope, mergeCategories } from "./categories";
import { checkTemplate } from "./template";
import type { WordingCategoryInfo, WordingProblem, WordingSnippet } from "./types";

/** Limits on a wording file, so one made by mistake (or on purpose) cannot hang the pane. */
export const WORDING_LIMITS = {
  /** Snippets in one file (every version counts). */
  snippets: 1_000,
  /** Characters of one snippet's text. */
  text: 10_000,
  /** Characters of a wording file read as text (JSON): 10 MB, room for every snippet at its longest. */
  fileChars: 10_000_000,
  /** Categories an office may add. */
  categories: 50,
} as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// zod/mini (functional API) rather than zod: the same checks at a third of the download.
const trimmedText = (max?: { length: number; message: string }) =>
  z.string().check(z.trim(), z.minLength(1, "must not be empty"), ...(max ? [z.maxLength(max.length, max.message)] : []));

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
  z.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "must be a real date"),
);

/** One snippet's fields, without the check of its placeholders (that needs the file's categories). */
export const wordingEntrySchema = z.object({
  // 64 at most: the id goes into the tag of every block of this wording (ird:wording:<id>@<version>, within MAX_TAG_LENGTH).
  id: z.string().check(z.trim(), z.regex(SLUG, "must be lower-case words joined by hyphens, e.g. closing-thanks"), z.maxLength(64, "must be 64 characters or fewer")),
  version: z.number().check(z.int("must be a whole number"), z.positive("must be 1 or more")),
  title: trimmedText({ length: 64, message: "must be 64 characters or fewer (Word shows no more)" }),
  category: z.string().check(z.trim(), z.regex(SLUG, "must be lower-case words joined by hyphens, e.g. opening")),
  status: z.enum(["approved", "draft", "retired"], { message: "must be approved, draft or retired" }),
  text: trimmedText({ length: WORDING_LIMITS.text, message: `must be ${WORDING_LIMITS.text.toLocaleString("en-GB")} characters or fewer` }),
  owner: z.optional(trimmedText({ length: 100, message: "must be 100 characters or fewer" })),
  lastReviewed: z.optional(isoDate),
  tags: z.optional(z.array(trimmedText({ length: 40, message: "must be 40 characters or fewer" })).check(z.maxLength(20, "must list 20 tags or fewer"))),
});

/** Problems with a snippet's category and placeholders, given the categories in force; empty when fine. */
export function checkSnippet(snippet: Pick<WordingSnippet, "category" | "text">, categories: readonly WordingCategoryInfo[]): string[] {
  if (!categories.some((c) => c.id === snippet.category)) return [`category must be one of ${categories.map((c) => c.id).join(", ")}`];
  // Recommendation wording sits inside a recommendation's section, so it may name the recommendation.
  return checkTemplate(snippet.text, categoryScope(categories, snippet.category)).map((m) => `text ${m}`);
}

/** A snippet with the built-in categories (kept for callers that validate one snippet on its own). */
export const wordingSnippetSchema = wordingEntrySchema.check(
  z.superRefine((s, ctx) => {
    for (const message of checkSnippet(s, mergeCategories())) ctx.addIssue({ code: "custom", path: [], message });
  }),
);

const categorySchema = z.object({
  id: z.string().check(z.trim(), z.regex(SLUG, "must be lower-case words joined by hyphens")),
  label: trimmedText({ length: 40, message: "must be 40 characters or fewer" }),
  scope: z.enum(["document", "recommendation"], { message: "must be document or recommendation" }),
});

const fileSchema = z.object({
  format: z.literal("ird-wording", { message: 'must be "ird-wording" (this is not a wording file)' }),
  formatVersion: z.literal(1, { message: "must be 1 (made by a newer version of the add-in?)" }),
  categories: z.optional(z.array(categorySchema).check(z.maxLength(WORDING_LIMITS.categories, `must list ${WORDING_LIMITS.categories} categories or fewer`))),
  snippets: z.array(z.unknown()).check(z.maxLength(WORDING_LIMITS.snippets, `must list ${WORDING_LIMITS.snippets.toLocaleString("en-GB")} snippets or fewer`)),
});

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "snippet"} ${i.message}`)
    .join("; ");
}

export interface WordingFileRead {
  snippets: WordingSnippet[];
  /** Only the categories the file itself declares (merge with mergeCategories). */
  categories: WordingCategoryInfo[];
  problems: WordingProblem[];
}

const fileProblem = (message: string): WordingFileRead => ({ snippets: [], categories: [], problems: [{ index: -1, label: "file", message }] });

/** Reads a wording file (JSON text or parsed); broken snippets are reported and skipped, the rest load. */
export function parseWordingFile(raw: unknown): WordingFileRead {
  let data = raw;
  if (typeof raw === "string") {
    if (raw.length > WORDING_LIMITS.fileChars) {
      return fileProblem(`is too large (${Math.ceil(raw.length / 1000).toLocaleString("en-GB")} KB; a wording file may be ${WORDING_LIMITS.fileChars / 1_000_000} MB at most)`);
    }
    try {
      data = JSON.parse(raw);
    } catch {
      return fileProblem("is not valid JSON");
    }
  }
  const file = z.safeParse(fileSchema, data, { error: zodMessages });
  if (!file.success) return fileProblem(describe(file.error));
  const categories = file.data.categories ?? [];
  const inForce = mergeCategories(categories);
  const snippets: WordingSnippet[] = [];
  const problems: WordingProblem[] = [];
  const seen = new Set<string>();
  file.data.snippets.forEach((entry, index) => {
    const r = z.safeParse(wordingEntrySchema, entry, { error: zodMessages });
    const label = entry && typeof entry === "object" && typeof (entry as { id?: unknown }).id === "string" ? (entry as { id: string }).id : `snippet ${index + 1}`;
    if (!r.success) {
      problems.push({ index, label, message: describe(r.error) });
      return;
    }
    const wrong = checkSnippet(r.data, inForce);
    if (wrong.length) {
      problems.push({ index, label, message: wrong.slice(0, 3).join("; ") });
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
  return { snippets, categories, problems };
}

/** The office's library as a wording file (what export writes and import reads). */
export function wordingFileText(snippets: readonly WordingSnippet[], categories: readonly WordingCategoryInfo[] = []): string {
  const file = { format: "ird-wording", formatVersion: 1, ...(categories.length ? { categories } : {}), snippets };
  return `${JSON.stringify(file, null, 2)}\n`;
}
