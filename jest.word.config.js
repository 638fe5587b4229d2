/**
 * `npm run test:word`: the adapter suite (tests/word) once per Word host profile (WordApi level ×
 * platform × strict/lenient options, src/preview/emulator/profiles.ts), in one jest run. Each
 * profile is a jest project; the reporter prints one line per profile.
 */
const { transform } = require("./jest.config.js");

// The profile list is TypeScript (src/preview/emulator/profiles.ts); these names follow it
// (tests/emulator/profiles.test.ts checks they stay in step).
const VERSIONS = ["1.1", "1.3", "1.4", "1.9"];
const PLATFORMS = ["windows", "web"];
const READINGS = ["strict", "lenient"];
const profiles = VERSIONS.flatMap((v) => PLATFORMS.flatMap((p) => READINGS.map((r) => `${v}-${p}-${r}`)));

module.exports = {
  projects: profiles.map((name) => ({
    displayName: name,
    testEnvironment: "node",
    transform,
    rootDir: __dirname,
    roots: ["<rootDir>/tests"],
    testMatch: ["<rootDir>/tests/word/**/*.test.{ts,tsx}"],
    moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/fileStub.js" },
    globals: { IRD_WORD_PROFILE: name },
  })),
  reporters: ["<rootDir>/tests/support/profileReporter.js"],
};

