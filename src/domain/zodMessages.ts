/**
 * zod/mini ships without zod's English messages (it says only "Invalid input"), which keeps the
 * validators small. This error map gives back the English wording for the few issue kinds our
 * schemas leave to zod's defaults (wrong type, number limits), so user-facing messages read as
 * before. Pass it per parse: `z.safeParse(schema, data, { error: zodMessages })`.
 */
import type { core } from "zod/mini";

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : Number.isFinite(value) ? "number" : String(value);
  return typeof value;
}

export function zodMessages(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `Invalid input: expected ${issue.expected === "nan" ? "NaN" : issue.expected}, received ${typeName(issue.input)}`;
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = String(small ? issue.minimum : issue.maximum);
      const adj = issue.exact ? "exactly " : issue.inclusive ? (small ? ">=" : "<=") : small ? ">" : "<";
      const unit = issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : "";
      return `Too ${small ? "small" : "big"}: expected ${issue.origin} to ${unit ? "have" : "be"} ${adj}${limit}${unit}`;
    }
    case "invalid_value":
      return issue.values.length === 1 ? `Invalid input: expected ${JSON.stringify(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map((v) => JSON.stringify(v)).join("|")}`;
    default:
      return "Invalid input";
  }
}
