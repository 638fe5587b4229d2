/**
 * The office's own sources (issues 9 and 10): an organisation catalog and a wording library, each
 * read from an https address (or, for the wording library, a file chosen on a network drive) and
 * kept per user as "the copy in use". This file holds what a source setting may be and what a kept
 * copy looks like; content.ts reads a copy's content, failures.ts says in plain words why a refresh
 * did not replace it. Pure: no fetch, no storage (the pane's services layer does those).
 */
import "../zodConfig";
import * as z from "zod/mini";
import { zodMessages } from "../zodMessages";

export type SourceKind = "catalog" | "wording";

export interface SourcesSettings {
  /** https address of the organisation's catalog JSON; "" for none. */
  catalogUrl: string;
  /** https address of the office's wording library JSON; "" for none. */
  wordingUrl: string;
}

export const emptySources = (): SourcesSettings => ({ catalogUrl: "", wordingUrl: "" });

const MAX_URL_LENGTH = 2000;

/**
 * Why an address cannot be a source, or null when it can. https only: http could be changed on its
 * way, file: and other schemes are not reachable from the pane, and a user name or password in the
 * address would be stored and sent in the clear.
 */
export function sourceUrlProblem(text: string): string | null {
  const value = text.trim();
  if (!value) return null;
  if (value.length > MAX_URL_LENGTH) return `must be ${MAX_URL_LENGTH.toLocaleString("en-GB")} characters or fewer`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be a full web address starting with https://";
  }
  if (url.protocol === "http:") return "must start with https:// (an http:// address is not allowed: the file could be changed on its way)";
  if (url.protocol === "file:") return "must be a web address starting with https://; for a file on a network drive, use “Choose a file” instead";
  if (url.protocol !== "https:") return "must be a web address starting with https://";
  if (url.username || url.password) return "must not contain a user name or password";
  if (!url.hostname) return "must name a server after https://";
  return null;
}

const sourceUrl = (label: string) =>
  z.string({ message: `${label} must be text` }).check(
    z.trim(),
    z.superRefine((s, ctx) => {
      const problem = sourceUrlProblem(s);
      if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}`, input: s });
    }),
  );

export const SOURCE_FIELDS: readonly { field: keyof SourcesSettings; kind: SourceKind; label: string }[] = [
  { field: "catalogUrl", kind: "catalog", label: "Organisation catalog address" },
  { field: "wordingUrl", kind: "wording", label: "Wording library address" },
];

export const sourcesSchema = z.object({
  catalogUrl: sourceUrl(SOURCE_FIELDS[0].label),
  wordingUrl: sourceUrl(SOURCE_FIELDS[1].label),
});

export interface SourcesRead {
  sources?: SourcesSettings;
  errors: Partial<Record<keyof SourcesSettings, string>>;
}

/** Validates the sources form or the stored sources; the URLs come back trimmed. */
export function parseSources(raw: unknown): SourcesRead {
  const input = raw && typeof raw === "object" ? { ...emptySources(), ...(raw as object) } : raw;
  const result = z.safeParse(sourcesSchema, input, { error: zodMessages });
  if (result.success) return { sources: result.data, errors: {} };
  const errors: SourcesRead["errors"] = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === "catalogUrl" || field === "wordingUrl") && !errors[field]) errors[field] = issue.message;
  }
  return { errors };
}

/** The copy of a source in use, as kept per user for offline use. */
export interface SourceCopy {
  /** The address it was fetched from, or the name of the file it was read from. */
  from: string;
  /** True when read from a chosen file: it does not refresh by itself. */
  fromFile: boolean;
  /** When it was fetched or read (ISO 8601). */
  fetchedAt: string;
  /** The content as validated (JSON text), read again with content.ts when the pane starts. */
  content: string;
}

const copySchema = z.object({
  from: z.string().check(z.minLength(1)),
  fromFile: z.boolean(),
  fetchedAt: z.iso.datetime(),
  content: z.string(),
});

/** A kept copy read back from storage; null when there is none or it is not readable. */
export function parseSourceCopy(text: string | null): SourceCopy | null {
  if (!text) return null;
  try {
    const result = z.safeParse(copySchema, JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export const sourceCopyText = (copy: SourceCopy): string => JSON.stringify(copy);
