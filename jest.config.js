/** Unit, emulator, adapter and component tests. e2e (Chromium) and real-material checks have their own configs. */
const transform = {
  "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" }, module: { type: "commonjs" } }],
};
module.exports = {
  testEnvironment: "node",
  transform,
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/{unit,emulator,word,ui,cli}/**/*.test.{ts,tsx}"],
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/fileStub.js" },
};
module.exports.transform = transform;
