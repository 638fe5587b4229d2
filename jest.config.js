/** Unit, emulator, adapter and component tests. e2e (Chromium) and real-material checks have their own configs. */
const transform = { "^.+\\.(t|j)sx?$": "babel-jest" };
module.exports = {
  testEnvironment: "node",
  transform,
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/{unit,emulator,word,ui,cli,reliability}/**/*.test.{ts,tsx}"],
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/fileStub.js" },
};
module.exports.transform = transform;
