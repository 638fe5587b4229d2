/** Reads the Script Lab snippet's YAML (js-yaml is installed with ESLint; it has no types here). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { load } = require("js-yaml") as { load(text: string): unknown };

export interface ScriptLabSnippet {
  name: string;
  description: string;
  host: string;
  api_set: Record<string, string>;
  script: { content: string; language: string };
  template: { content: string; language: string };
  style: { content: string; language: string };
  libraries: string;
}

export function readSnippet(yaml: string): ScriptLabSnippet {
  return load(yaml) as ScriptLabSnippet;
}
