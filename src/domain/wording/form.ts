/** The comms editor's form: typed fields to a validated snippet, or a reason per field. */
import "../zodConfig";
import * as z from "zod/mini";
import { zodMessages } from "../zodMessages";
import { normalisePlaceholders } from "./library";
import { checkSnippet, wordingEntrySchema } from "./schema";
import type { ApprovalStatus, WordingCategoryInfo, WordingSnippet } from "./types";

export interface WordingForm {
  id: string;
  title: string;
  category: string;
  status: ApprovalStatus;
  owner: string;
  lastReviewed: string;
  /** Comma-separated. */
  tags: string;
  text: string;
}

export type WordingFormField = keyof WordingForm;

export const formOf = (s: WordingSnippet): WordingForm => ({
  id: s.id,
  title: s.title,
  category: s.category,
  status: s.status,
  owner: s.owner ?? "",
  lastReviewed: s.lastReviewed ?? "",
  tags: (s.tags ?? []).join(", "),
  text: s.text,
});

export const emptyForm = (category = "response"): WordingForm => ({ id: "", title: "", category, status: "draft", owner: "", lastReviewed: "", tags: "", text: "" });

/**
 * The snippet the form describes at `version`, or the first problem with each field. Alias
 * placeholders ({force}, {inspection.title}…) are written in the template language's own names.
 */
export function readWordingForm(
  form: WordingForm,
  version: number,
  categories: readonly WordingCategoryInfo[],
): { snippet: WordingSnippet } | { errors: Partial<Record<WordingFormField, string>> } {
  const tags = form.tags
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const candidate = {
    id: form.id.trim(),
    version,
    title: form.title,
    category: form.category,
    status: form.status,
    text: normalisePlaceholders(form.text.replace(/\r\n?/g, "\n")),
    ...(form.owner.trim() ? { owner: form.owner } : {}),
    ...(form.lastReviewed.trim() ? { lastReviewed: form.lastReviewed.trim() } : {}),
    ...(tags.length ? { tags } : {}),
  };
  const errors: Partial<Record<WordingFormField, string>> = {};
  const parsed = z.safeParse(wordingEntrySchema, candidate, { error: zodMessages });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "text") as WordingFormField;
      errors[field] ??= `${fieldName[field] ?? "This"} ${issue.message}.`;
    }
    return { errors };
  }
  for (const message of checkSnippet(parsed.data, categories)) {
    const field: WordingFormField = message.startsWith("category") ? "category" : "text";
    errors[field] ??= `${fieldName[field]} ${message.replace(/^(category|text) /, "")}.`;
  }
  return Object.keys(errors).length ? { errors } : { snippet: parsed.data };
}

const fieldName: Partial<Record<WordingFormField, string>> = {
  id: "The id",
  title: "The title",
  category: "The category",
  status: "The status",
  owner: "The owner",
  lastReviewed: "The review date",
  tags: "Each tag",
  text: "The text",
};
