/** Validation of house styles (assets/styles/*.json or an office's own), with messages an office can act on. */
import "../zodConfig";
import * as z from "zod/mini";
import type { BuiltInStyle } from "../plan";
import { checkTemplate } from "../wording/template";
import type { PlaceholderScope } from "../wording/placeholders";
import { zodMessages } from "../zodMessages";
import type { HouseStyle } from "./types";

const BUILT_IN_STYLES = [
  "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3",
  "ListParagraph", "ListNumber", "ListBullet", "Quote", "IntenseQuote",
] as const satisfies readonly BuiltInStyle[];

// zod/mini (functional API) rather than zod: the same checks at a third of the download.
const style = z.enum(BUILT_IN_STYLES, { message: `must be a Word built-in style: ${BUILT_IN_STYLES.join(", ")}` });
// 64 at most: a block's name goes into its control's tag (ird:block:<name>:<inspectionId>), kept within MAX_TAG_LENGTH (tags.ts).
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. key-findings"), z.maxLength(64, "must be 64 characters or fewer"));

/**
 * Limits on a house style, so a style file made by mistake (or on purpose) cannot hang the pane
 * or fill a letter with megabytes: the built-in styles use a fraction of each.
 */
export const HOUSE_STYLE_LIMITS = {
  /** Blocks in the style (the letter's parts). */
  blocks: 50,
  /** Paragraphs of one text block. */
  paragraphs: 100,
  /** Characters of one template: a paragraph, a title, a placeholder text. */
  text: 5_000,
  /** Characters of the description. */
  description: 500,
  /** Characters of a style file read as text (JSON): 256 KB. */
  fileChars: 256_000,
} as const;

const tooLong = (max: number) => z.maxLength(max, `must be ${max.toLocaleString("en-GB")} characters or fewer`);

/** A template string checked against the placeholders visible where it is used. */
const template = (scope: PlaceholderScope, opts: { allowEmpty?: boolean } = {}) =>
  z.string({ message: "must be text" }).check(
    tooLong(HOUSE_STYLE_LIMITS.text),
    z.refine((s) => opts.allowEmpty || s.trim().length > 0, "must not be empty"),
    z.superRefine((s, ctx) => {
      for (const message of checkTemplate(s, scope)) ctx.addIssue({ code: "custom", message });
    }),
  );

const styled = (scope: PlaceholderScope, opts: { allowEmpty?: boolean } = {}) => z.object({ text: template(scope, opts), style }, { message: "must be an object with text and style" });

const sectionShape = z.object({
  title: template("recommendation"),
  heading: z.nullable(styled("recommendation")),
  text: styled("recommendation").check(
    z.refine((t) => t.text.includes("{recommendationText}"), { message: "must include {recommendationText}", path: ["text"] }),
  ),
  quoted: z.boolean({ message: "must be true or false" }),
  part: styled("part").check(z.refine((t) => t.text.includes("{partText}"), { message: "must include {partText}", path: ["text"] })),
  responseLabel: z.nullable(styled("recommendation")),
  response: z.object({
    placeholderText: template("recommendation"),
    style,
    deferredWordingId: slug,
  }),
});

const block = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("text"), name: slug, title: template("document"), paragraphs: z.array(styled("document", { allowEmpty: true })).check(z.minLength(1, "must have at least one paragraph"), z.maxLength(HOUSE_STYLE_LIMITS.paragraphs, `must have ${HOUSE_STYLE_LIMITS.paragraphs} paragraphs or fewer`)) }),
    z.object({ kind: z.literal("wording"), name: slug, wordingId: slug, style }),
    z.object({ kind: z.literal("fill"), name: slug, title: template("document"), placeholderText: template("document"), style }),
    z.object({ kind: z.literal("recommendations"), name: slug, section: sectionShape }),
  ],
  { message: "must be text, wording, fill or recommendations" },
);

export const houseStyleSchema = z
  .object({
    format: z.literal("ird-house-style", { message: 'must be "ird-house-style" (this is not a house style file)' }),
    formatVersion: z.literal(1, { message: "must be 1 (made by a newer version of the add-in?)" }),
    id: slug,
    name: z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(64, "must be 64 characters or fewer")),
    description: z.string().check(z.trim(), z.minLength(1, "must not be empty"), tooLong(HOUSE_STYLE_LIMITS.description)),
    blocks: z.array(block).check(z.minLength(1, "must list at least one block"), z.maxLength(HOUSE_STYLE_LIMITS.blocks, `must list ${HOUSE_STYLE_LIMITS.blocks} blocks or fewer`)),
  })
  .check(
    z.superRefine((s, ctx) => {
      const names = new Set<string>();
      s.blocks.forEach((b, i) => {
        if (names.has(b.name)) ctx.addIssue({ code: "custom", path: ["blocks", i, "name"], message: `repeats the block name "${b.name}"` });
        names.add(b.name);
      });
      const recs = s.blocks.filter((b) => b.kind === "recommendations").length;
      if (recs !== 1) ctx.addIssue({ code: "custom", path: ["blocks"], message: `must have exactly one block of kind "recommendations" (has ${recs})` });
    }),
  );

/** "blocks[3] (signature).paragraphs[0].text" — a path a person can find in the file — and the value there. */
function locate(path: PropertyKey[], data: unknown): { where: string; value: unknown } {
  let out = "";
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const name = node && typeof node === "object" ? (node as { name?: unknown }).name : undefined;
      if (typeof name === "string" && name) out += ` (${name})`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return { where: out || "style", value: node };
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const { where, value } = locate(issue.path, data);
  // zod says "Invalid input: expected string, received undefined"; a person needs "is missing".
  const message = issue.code === "invalid_type" && value === undefined ? "is missing" : issue.message;
  return `${where} ${message}`;
}

export interface HouseStyleParse {
  style?: HouseStyle;
  /** All problems found (up to 8), as one message; absent when the style is valid. */
  error?: string;
}

/** Validates a house style given as JSON text or as already-parsed data. */
export function parseHouseStyle(json: unknown): HouseStyleParse {
  let data = json;
  if (typeof json === "string") {
    if (json.length > HOUSE_STYLE_LIMITS.fileChars) {
      return { error: `The house style is too large (${Math.ceil(json.length / 1000).toLocaleString("en-GB")} KB; a style file may be ${HOUSE_STYLE_LIMITS.fileChars / 1000} KB at most). Check it is a house style file.` };
    }
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { error: `The house style is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
    }
  }
  const format = data && typeof data === "object" ? (data as { format?: unknown }).format : undefined;
  if (format !== "ird-house-style") {
    return { error: `This is not a house style file: its "format" is ${format === undefined ? "missing" : JSON.stringify(format)}, and a house style's is "ird-house-style".` };
  }
  const r = z.safeParse(houseStyleSchema, data, { error: zodMessages });
  if (r.success) return { style: r.data };
  const issues = r.error.issues.slice(0, 8).map((i) => describeIssue(i, data));
  const more = r.error.issues.length > 8 ? ` (and ${r.error.issues.length - 8} more)` : "";
  return { error: `The house style has problems: ${issues.join("; ")}${more}.` };
}
