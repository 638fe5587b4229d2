// Runs bin/ird.js with this process's arguments and, on exit, writes its peak memory (maxRSS, in
// KB) to the file named by IRD_MAXRSS_FILE: how the hostile-input tests measure a real run.
const { writeFileSync } = require("node:fs");
const path = require("node:path");

process.on("exit", () => writeFileSync(process.env.IRD_MAXRSS_FILE, String(process.resourceUsage().maxRSS)));
require(path.resolve(__dirname, "..", "..", "..", "bin", "ird.js"));
