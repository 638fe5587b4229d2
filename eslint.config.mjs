// ESLint flat config (`npm run lint`, part of `npm test`).
// TypeScript: typescript-eslint's recommended rules, without type information (fast; `tsc` already
// checks types). React: the react-hooks plugin's recommended rules, with exhaustive-deps as an error.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // Build output, installed packages and test/coverage reports: not our source.
    ignores: ["dist/", "dist-preview/", "dist-cli/", "node_modules/", "test-output/", "coverage/"],
  },
  {
    linterOptions: {
      // A `// eslint-disable…` comment that no longer suppresses anything is an error, so the
      // remaining ones stay meaningful.
      reportUnusedDisableDirectives: "error",
    },
  },
  js.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommended],
    rules: {
      // Relaxed for one idiom: `const { name: _name, ...rest } = value` is how code drops a key
      // from a copy; the named binding exists only to leave it out of `rest`.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Stricter than the preset (warn): a missing dependency is a stale-closure bug.
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // Node scripts, configs and the CLI entry (CommonJS).
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    // Node scripts and the browser-test runner (ES modules).
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
);
