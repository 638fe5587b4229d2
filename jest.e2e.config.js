/** Browser tests (Chromium via playwright-core) against the built preview. Run with `npm run test:e2e`,
 *  which finds Chromium and builds dist-preview/ first (tests/e2e/run.mjs). */
const { transform } = require("./jest.config.js");
module.exports = {
  testEnvironment: "node",
  transform,
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/tests/e2e/support/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/e2e/support/globalTeardown.ts",
  testTimeout: 60_000,
  maxWorkers: 1, // in band, one browser at a time (CI has 2 cores); tests see globalSetup's E2E_BASE_URL
};
