/**
 * Tagged fields: a letter's lines made only of the office's settings (the signatory and role, the
 * office name and address, "Our ref: …", the contact line) go into the document in their own small
 * control, tagged with the line's template, ird:field:<name>:<template>. After a change in Settings
 * the pane recomputes each such line from its tag alone and offers to update only those whose text
 * differs (issue 13); everything else in the letter, typed or not, is left alone.
 */
import type { OfficeSettings } from "./settings/types";
import { MAX_TAG_LENGTH, TAG_PREFIX, tagPart } from "./tags";
import { cleanParagraph } from "./text/clean";
import { PLACEHOLDERS } from "./wording/placeholders";
import { fillTemplate, placeholdersIn } from "./wording/template";
import { wordingValues } from "./wording/values";

const FIELD_PREFIX = `${TAG_PREFIX}field:`;
/** Longer templates are prose, not a name or a detail line. */
const MAX_FIELD_TEMPLATE = 200;

/**
 * Whether a paragraph template is a field: only settings placeholders, at least one, and short
 * enough that its tag (the template escaped, where a space takes 3 characters and an "é" 6) stays
 * within MAX_TAG_LENGTH. A longer line is inserted as plain text, not a field.
 */
export function isFieldTemplate(template: string): boolean {
  if (template.length > MAX_FIELD_TEMPLATE) return false;
  const names = placeholdersIn(template);
  if (!(names.length > 0 && names.every((n) => "fromSettings" in PLACEHOLDERS[n] && PLACEHOLDERS[n].fromSettings === true))) return false;
  return fieldTag(template).length <= MAX_TAG_LENGTH;
}

/** ird:field:<first placeholder>:<the template, escaped as tags escape ids>. */
export function fieldTag(template: string): string {
  return `${FIELD_PREFIX}${placeholdersIn(template)[0]}:${tagPart(template)}`;
}

/** The template a field tag carries, or null when the tag is not a field's. */
export function fieldTemplate(tag: string | null | undefined): string | null {
  const m = tag ? /^ird:field:[A-Za-z]+:((?:[A-Za-z0-9._-]|%[0-9A-F]{2})+)$/.exec(tag) : null;
  if (!m) return null;
  try {
    const template = decodeURIComponent(m[1]);
    return isFieldTemplate(template) ? template : null;
  } catch {
    return null;
  }
}

/** The control title Word shows on a field: which setting it comes from. */
export function fieldTitle(template: string): string {
  const name = placeholdersIn(template)[0];
  const label = PLACEHOLDERS[name].label;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} (from Settings)`;
}

/** A field's paragraphs for these settings: a value of several lines (the address) gives several. */
export function fieldParagraphs(template: string, settings: Partial<OfficeSettings>): string[] {
  return linesOf(fillTemplate(template, wordingValues({ settings })).text).map(cleanParagraph);
}

/** A field in the document and what it should now say. */
export interface FieldUpdate {
  tag: string;
  paragraphs: string[];
}

/** Word reports a control's paragraphs joined by line breaks ("\r" in Word, "\n" in some hosts). */
export const linesOf = (text: string) => text.split(/\r\n?|\n/);

/**
 * The fields in the document whose text differs from what the settings now give, one entry per
 * distinct tag (every control with that tag is updated). A field emptied to "" by the user is
 * updated too: it is the add-in's own line. Each field is one place and one line of the letter
 * (an address field too: it is updated whole), so `lines` equals `places` here.
 */
export function fieldUpdates(controls: ReadonlyArray<{ tag: string; text: string }>, settings: Partial<OfficeSettings>): { updates: FieldUpdate[]; places: number; lines: number } {
  const updates = new Map<string, FieldUpdate>();
  let places = 0;
  for (const c of controls) {
    const template = fieldTemplate(c.tag);
    if (template === null) continue;
    const paragraphs = fieldParagraphs(template, settings);
    if (linesOf(c.text).join("\n") === paragraphs.join("\n")) continue;
    places++;
    if (!updates.has(c.tag)) updates.set(c.tag, { tag: c.tag, paragraphs });
  }
  return { updates: [...updates.values()], places, lines: places };
}
