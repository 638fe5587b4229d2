/**
 * The office's settings: validation for the settings form, the first-run check for what is
 * missing, and export/import as a small JSON file (so one office can share its setup).
 */
import "../zodConfig";
import * as z from "zod/mini";
import { describeUnsafeCharacter, hasVisibleText } from "../text/clean";
import type { OfficeSettings } from "./types";

export type { OfficeSettings } from "./types";

export type SettingsField = keyof OfficeSettings;

/** Form labels and examples, in form order. Optional fields may be left empty; `multiline` ones take several lines. */
export const SETTINGS_FIELDS: readonly { field: SettingsField; label: string; example: string; optional?: boolean; multiline?: boolean }[] = [
  { field: "pccName", label: "PCC name", example: "Jane Smith" },
  { field: "pccTitle", label: "PCC title", example: "Police and Crime Commissioner for Cheshire" },
  { field: "forceName", label: "Force name", example: "Cheshire Constabulary" },
  { field: "policeArea", label: "Police area", example: "Cheshire" },
  { field: "officeName", label: "Office name", example: "Office of the Police and Crime Commissioner for Cheshire" },
  { field: "signatory", label: "Signatory", example: "Jane Smith" },
  { field: "signatoryRole", label: "Role under the signature", example: "Police and Crime Commissioner for Cheshire", optional: true },
  { field: "officeAddress", label: "Office address", example: "Clemonds Hey, Oakmere Road, Winsford CW7 2UA (one line each)", optional: true, multiline: true },
  { field: "reference", label: "Our reference", example: "PCC/HMICFRS/2024/07", optional: true },
  { field: "contactEmail", label: "Contact email", example: "enquiries@cheshire-pcc.gov.uk", optional: true },
  { field: "defaultStyleId", label: "Default house style", example: "narrative-letter" },
];

/** The fields that may be left empty. */
export const OPTIONAL_SETTINGS: readonly SettingsField[] = SETTINGS_FIELDS.filter((f) => f.optional).map((f) => f.field);

export const DEFAULT_STYLE_ID = "narrative-letter";

const labelOf = (field: SettingsField) => SETTINGS_FIELDS.find((f) => f.field === field)?.label ?? field;

// zod/mini (functional API) rather than zod: the same checks at a third of the download. Every
// issue here carries its own message, so no default wording is needed.
const name = (field: SettingsField) =>
  z.string({ message: `${labelOf(field)} must be text` }).check(
    z.trim(),
    z.minLength(1, `${labelOf(field)} must not be empty`),
    z.maxLength(200, `${labelOf(field)} must be 200 characters or fewer`),
    z.refine((s) => !/[{}]/.test(s), `${labelOf(field)} must not contain { or }`),
    // Names go into letters: a name a reader cannot see, or one whose characters reorder or hide
    // what is shown (control characters, right-to-left overrides), would be a forged name.
    z.superRefine((s, ctx) => {
      if (s && !hasVisibleText(s)) {
        ctx.addIssue({ code: "custom", message: `${labelOf(field)} has no visible characters: type the name itself`, input: s });
        return;
      }
      const unsafe = describeUnsafeCharacter(s);
      if (unsafe) ctx.addIssue({ code: "custom", message: `${labelOf(field)} must not contain ${unsafe}: retype it rather than pasting it`, input: s });
    }),
  );

/** The same checks as a name, line by line; empty allowed. At most 8 lines of 200 characters. */
const address = (field: SettingsField) =>
  z.optional(
    z.string({ message: `${labelOf(field)} must be text` }).check(
      z.overwrite((s) =>
        s
          .split(/\r\n?|\n/)
          .map((l) => l.trim())
          .filter(Boolean)
          .join("\n"),
      ),
      z.maxLength(1000, `${labelOf(field)} must be 1000 characters or fewer`),
      z.superRefine((s, ctx) => {
        const lines = s ? s.split("\n") : [];
        if (lines.length > 8) ctx.addIssue({ code: "custom", message: `${labelOf(field)} must be 8 lines or fewer`, input: s });
        for (const line of lines) {
          const problem = lineProblem(field, line);
          if (problem) {
            ctx.addIssue({ code: "custom", message: problem, input: s });
            return;
          }
        }
      }),
    ),
  );

/** What is wrong with one line of a name-like value, or null. */
function lineProblem(field: SettingsField, s: string): string | null {
  if (s.length > 200) return `${labelOf(field)} must be 200 characters or fewer on each line`;
  if (/[{}]/.test(s)) return `${labelOf(field)} must not contain { or }`;
  if (s && !hasVisibleText(s)) return `${labelOf(field)} has no visible characters: type it rather than pasting it`;
  const unsafe = describeUnsafeCharacter(s);
  return unsafe ? `${labelOf(field)} must not contain ${unsafe}: retype it rather than pasting it` : null;
}

/** An optional one-line value: empty, or as checked for a name. */
const optionalLine = (field: SettingsField, max = 200) =>
  z.optional(
    z.string({ message: `${labelOf(field)} must be text` }).check(
      z.trim(),
      z.maxLength(max, `${labelOf(field)} must be ${max} characters or fewer`),
      z.superRefine((s, ctx) => {
        const problem = lineProblem(field, s);
        if (problem) ctx.addIssue({ code: "custom", message: problem, input: s });
      }),
    ),
  );

/** The shape of an address a reader can write to: one @, a dotted domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export const settingsSchema = z.object({
  pccName: name("pccName"),
  pccTitle: name("pccTitle"),
  forceName: name("forceName"),
  policeArea: name("policeArea"),
  officeName: name("officeName"),
  signatory: name("signatory"),
  defaultStyleId: z
    .string({ message: "Default house style must be text" })
    .check(z.trim(), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Default house style must be a style id such as narrative-letter")),
  signatoryRole: optionalLine("signatoryRole"),
  officeAddress: address("officeAddress"),
  reference: optionalLine("reference", 60),
  contactEmail: z.optional(
    z.string({ message: "Contact email must be text" }).check(
      z.trim(),
      z.maxLength(254, "Contact email must be 254 characters or fewer"),
      z.refine((s) => s === "" || (EMAIL.test(s) && describeUnsafeCharacter(s) === null), "Contact email must be an email address, such as enquiries@cheshire-pcc.gov.uk"),
    ),
  ),
});

export type SettingsErrors = Partial<Record<SettingsField, string>>;

export interface SettingsResult {
  /** Present only when every field is valid; values trimmed. */
  settings?: OfficeSettings;
  /** One message per field, for showing under the field. */
  errors: SettingsErrors;
}

/** Validates settings from the form (or a file); messages are per field and name the field. */
export function parseSettings(raw: unknown): SettingsResult {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return { errors: Object.fromEntries(SETTINGS_FIELDS.filter((f) => !f.optional).map((f) => [f.field, `${f.label} is missing`])) };
  }
  const r = z.safeParse(settingsSchema, raw);
  if (r.success) return { settings: r.data, errors: {} };
  const errors: SettingsErrors = {};
  for (const issue of r.error.issues) {
    const field = issue.path[0] as SettingsField;
    // zod reports a missing key as "expected string"; say it the way the form does.
    if (!errors[field]) errors[field] = issue.code === "invalid_type" && (raw as Record<string, unknown>)[field] === undefined ? `${labelOf(field)} is missing` : issue.message;
  }
  return { errors };
}

export function emptySettings(): OfficeSettings {
  return { pccName: "", pccTitle: "", forceName: "", policeArea: "", officeName: "", signatory: "", defaultStyleId: DEFAULT_STYLE_ID };
}

/** The required fields still empty (for the first-run prompt), in form order. */
export function missingSettings(settings: Partial<OfficeSettings>): SettingsField[] {
  return SETTINGS_FIELDS.filter((f) => !f.optional).map((f) => f.field).filter((field) => !settings[field]?.trim());
}

export const SETTINGS_FORMAT = "ird-office-settings";
export const SETTINGS_FORMAT_VERSION = 1;

export function exportSettings(settings: OfficeSettings): string {
  const { pccName, pccTitle, forceName, policeArea, officeName, signatory, defaultStyleId, signatoryRole, officeAddress, reference, contactEmail } = settings;
  // Optional details only when filled in: a file without them still reads in an older add-in.
  const optional = Object.fromEntries(Object.entries({ signatoryRole, officeAddress, reference, contactEmail }).filter(([, v]) => v));
  const file = { format: SETTINGS_FORMAT, formatVersion: SETTINGS_FORMAT_VERSION, settings: { pccName, pccTitle, forceName, policeArea, officeName, signatory, defaultStyleId, ...optional } };
  return JSON.stringify(file, null, 2);
}

export interface SettingsImport {
  settings?: OfficeSettings;
  /** One sentence for the user when the file cannot be used at all or has invalid fields. */
  error?: string;
  errors: SettingsErrors;
}

/** Reads an exported settings file; says clearly when it is some other file. */
export function importSettings(text: string): SettingsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "This file is not a settings file: it is not valid JSON.", errors: {} };
  }
  const d = data as { format?: unknown; formatVersion?: unknown; settings?: unknown } | null;
  if (!d || typeof d !== "object" || d.format !== SETTINGS_FORMAT) {
    return { error: "This file is not an Inspection Response Drafter settings file.", errors: {} };
  }
  if (d.formatVersion !== SETTINGS_FORMAT_VERSION) {
    return { error: `This settings file has format version ${String(d.formatVersion)}; this add-in reads version ${SETTINGS_FORMAT_VERSION}.`, errors: {} };
  }
  const r = parseSettings(d.settings);
  if (!r.settings) {
    return { error: `The settings file has problems: ${Object.values(r.errors).join("; ")}.`, errors: r.errors };
  }
  return { settings: r.settings, errors: {} };
}
