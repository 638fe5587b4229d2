#!/usr/bin/env node
// Offline manifest check (npm run validate:offline): XML-schema validation with xmllint against
// Microsoft's published manifest XSDs. Checks manifest.xml and, when built, dist/manifest.xml;
// or the paths given as arguments. The online check is `npm run validate` (Microsoft's validator).
//
// Schemas: env MANIFEST_SCHEMAS (default ../shared/data/manifest-schemas), entry point xmllint/manifest.xsd.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemasDir = path.resolve(root, process.env.MANIFEST_SCHEMAS || "../shared/data/manifest-schemas");
const schema = path.join(schemasDir, "xmllint", "manifest.xsd");

function fail(message) {
  console.error(`validate:offline: ${message}`);
  process.exit(2);
}

const given = process.argv.slice(2);
const manifests = given.length > 0
  ? given.map((p) => path.resolve(p))
  : [path.join(root, "manifest.xml"), path.join(root, "dist", "manifest.xml")].filter((p, i) => i === 0 || existsSync(p));

const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (probe.error) {
  fail("xmllint is not installed. Install it with:  apt-get install -y libxml2-utils  (Debian/Ubuntu)\n" +
    "or use the online validator:  npm run validate");
}
if (!existsSync(schema)) {
  fail(`manifest schemas not found at ${schema}.\nSet MANIFEST_SCHEMAS to the folder that holds xmllint/manifest.xsd.`);
}

let failures = 0;
for (const manifest of manifests) {
  const shown = path.relative(process.cwd(), manifest) || manifest;
  if (!existsSync(manifest)) {
    console.error(`✗ ${shown}: file not found`);
    failures++;
    continue;
  }
  const run = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (run.status === 0) {
    console.log(`✓ ${shown} is valid against the Office add-in manifest schema`);
  } else {
    failures++;
    const why = run.status === 5 ? " (the schema itself did not compile: check MANIFEST_SCHEMAS)" : "";
    console.error(`✗ ${shown} is not valid${why}:\n${(run.stderr || "").trim()}`);
  }
}
process.exit(failures === 0 ? 0 : 1);
