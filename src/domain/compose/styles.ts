/** The built-in house styles (assets/styles/*.json), validated when first loaded. */
import homeSecretaryLetter from "../../../assets/styles/home-secretary-letter-appendix.json";
import narrativeLetter from "../../../assets/styles/narrative-letter.json";
import responseForm from "../../../assets/styles/response-form.json";
import { parseHouseStyle } from "./schema";
import type { HouseStyle, HouseStyleSummary } from "./types";

function load(file: string, json: unknown): HouseStyle {
  const r = parseHouseStyle(json);
  // Built-in styles are ours: a broken one is a bug for the tests to catch, not for users to see.
  if (!r.style) throw new Error(`assets/styles/${file}: ${r.error}`);
  return r.style;
}

export const builtInStyles: readonly HouseStyle[] = [
  load("narrative-letter.json", narrativeLetter),
  load("response-form.json", responseForm),
  load("home-secretary-letter-appendix.json", homeSecretaryLetter),
];

/** A style by id among the built-in ones and any the office added (office styles win on the same id). */
export function findStyle(id: string, officeStyles: readonly HouseStyle[] = []): HouseStyle | null {
  return officeStyles.find((s) => s.id === id) ?? builtInStyles.find((s) => s.id === id) ?? null;
}

/** For the style picker. */
export function styleSummaries(officeStyles: readonly HouseStyle[] = []): HouseStyleSummary[] {
  const ids = new Set(officeStyles.map((s) => s.id));
  return [...officeStyles, ...builtInStyles.filter((s) => !ids.has(s.id))].map(({ id, name, description }) => ({ id, name, description }));
}
