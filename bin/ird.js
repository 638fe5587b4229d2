#!/usr/bin/env node
// The reviewer CLI. In a checkout (src/ present) it runs src/cli/main.ts through tsx, so it is
// always the code you see; installed from the package (npm pack, then npm install -g), it runs the
// built dist-cli/ird.cjs, plain JavaScript that needs nothing else (npm run build:cli makes it).
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const source = path.join(root, "src", "cli", "main.ts");
let run;
if (fs.existsSync(source)) {
  require("tsx/cjs/api").register();
  ({ run } = require(source));
} else {
  ({ run } = require(path.join(root, "dist-cli", "ird.cjs")));
}

run(process.argv.slice(2), root, (s) => process.stdout.write(s + "\n"), (s) => process.stderr.write(s + "\n")).then((code) => {
  process.exitCode = code;
});
