/** Checks against the real material in ../shared (published responses, schemas). Not self-contained. */
const base = require("./jest.config.js");
module.exports = { ...base, testMatch: ["<rootDir>/tests/real/**/*.test.{ts,tsx}"] };
