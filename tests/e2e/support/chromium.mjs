// Finds a Chromium for the e2e tests; on a fresh Debian machine (as root) installs Debian's package.
// Shared by tests/e2e/run.mjs and scripts/test.sh (`node tests/e2e/support/chromium.mjs` prints the path).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Returns the Chromium path, installing Debian's `chromium` when possible; throws with advice otherwise. */
export function ensureChromium(env = process.env) {
  let found = findChromium(env);
  if (found) return found;
  if (env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.`);
  if (canApt()) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get)…");
    const run = (args) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (run(["update"]).status === 0) run(["install", "-y", "--no-install-recommends", "chromium"]);
    found = findChromium(env);
    if (found) return found;
  }
  throw new Error(
    "The browser tests need Chromium and none was found.\n" +
      "  Debian/Ubuntu:  sudo apt-get install -y chromium   (or chromium-browser)\n" +
      "  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome",
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
