#!/usr/bin/env node
// The reviewer CLI (src/cli/main.ts), run straight from TypeScript through tsx's require hook:
// no build step, one process.
require("tsx/cjs/api").register();
const path = require("node:path");
const { run } = require("../src/cli/main.ts");

run(process.argv.slice(2), path.resolve(__dirname, ".."), (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n")).then((code) => {
  process.exitCode = code;
});
