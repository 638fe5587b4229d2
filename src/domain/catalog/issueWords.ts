/**
 * What is wrong with a catalog entry, in words a user (or whoever publishes the catalog) can act
 * on: the field by its label ("publication date", "recommendation 3's text") and what is wrong
 * ("is missing", "must be text"), never zod's own wording or a dotted path. Shared by the JSON-file
 * import, the organisation catalog (Settings › Sources) and the CLI, which all go through
 * parseInspection.
 */
import type { core } from "zod/mini";

const FIELD_WORDS: Record<string, string> = {
  id: "id",
  title: "title",
  shortTitle: "short title",
  publishedOn: "publication date",
  inspectorates: "inspectorates",
  type: "type",
  scope: "scope",
  portalId: "portal id",
  complete: "“complete”",
  recommendations: "recommendations",
  areasForImprovement: "areas for improvement",
  kind: "kind",
  number: "number",
  text: "text",
  addressees: "addressees",
  localResponseExpected: "“local response expected”",
  due: "due date",
  parts: "parts",
};

const ONE_OF: Record<string, string> = {
  inspectorates: "inspectorate",
  recommendations: "recommendation",
  areasForImprovement: "area for improvement",
  addressees: "addressee",
  parts: "part",
};

const words = (key: PropertyKey) => FIELD_WORDS[String(key)] ?? `“${String(key)}”`;

/** ["recommendations", 2, "text"] → "recommendation 3's text"; [] → "the inspection". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const names: string[] = [];
  for (let k = 0; k < path.length; k++) {
    const key = path[k];
    const next = path[k + 1];
    if (typeof next === "number") {
      names.push(`${ONE_OF[String(key)] ?? words(key)} ${next + 1}`);
      k++;
    } else {
      names.push(words(key));
    }
  }
  if (!names.length) return "the inspection";
  return names.reduce((whole, name, k) => (k === 0 ? name : `${whole}'s ${name}`), "");
}

const EXPECTED: Record<string, string> = {
  string: "must be text",
  number: "must be a number",
  int: "must be a whole number",
  boolean: "must be true or false",
  array: "must be a list ([…])",
  object: "must be a set of fields ({…})",
};

/**
 * The error map for catalog checks: plain words for the issues our schema leaves to zod (wrong
 * type, missing field, number limits, a value not in a list). Checks that carry their own message
 * ("must be a date like 2026-11-30") keep it.
 */
export function catalogIssueWords(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is missing";
      if (issue.input === null && issue.expected !== "null") return `is empty (null): it ${EXPECTED[issue.expected] ?? "has the wrong kind of value"}`;
      return EXPECTED[issue.expected] ?? "has the wrong kind of value";
    case "too_small":
      return issue.origin === "number" ? `must be ${issue.inclusive ? "" : "more than "}${String(issue.minimum)}${issue.inclusive ? " or more" : ""}` : "is too short";
    case "too_big":
      return issue.origin === "number" ? `must be ${String(issue.maximum)} or less` : "is too long";
    case "invalid_value":
      return `must be ${issue.values.map((v) => String(v)).join(", ").replace(/, ([^,]*)$/, " or $1")}`;
    default:
      return "is not valid";
  }
}

/** At most three issues (the first for each field), each as "field what", then "and N more". */
export function describeCatalogIssues(issues: readonly core.$ZodIssue[]): string {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const label = fieldLabel(issue.path);
    const plural = Object.keys(ONE_OF).some((key) => label.endsWith(words(key)));
    if (!byField.has(label)) byField.set(label, `${label} ${plural ? issue.message.replace(/^is /, "are ") : issue.message}`);
  }
  const all = [...byField.values()];
  const listed = all.slice(0, 3);
  const more = all.length - listed.length;
  return more > 0 ? `${listed.join(", ")} and ${more} more` : listed.join(", ");
}
