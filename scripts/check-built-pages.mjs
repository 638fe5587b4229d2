#!/usr/bin/env node
// Checks the built pages Word loads (dist/taskpane.html, dist/commands.html by default) carry the
// Content-Security-Policy and no inline script (issue 11): the same rules tests/unit/csp.test.ts
// checks on the templates, here on what the build wrote. Exit 1 with one line per problem.
import { readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? "dist";
const problems = [];
for (const name of ["taskpane.html", "commands.html"]) {
  const file = path.join(dir, name);
  const html = readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  // The build minifies: attribute quotes may be gone.
  const meta = /<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*content="([^"]*)"/i.exec(html);
  if (!meta) {
    problems.push(`${file}: no Content-Security-Policy <meta>`);
    continue;
  }
  const policy = meta[1];
  if (!/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/.test(policy)) problems.push(`${file}: script-src is not just our origin and office.js's CDN`);
  if (/unsafe-eval/.test(policy)) problems.push(`${file}: the policy allows eval`);
  // The pane fetches the office's sources from https: addresses (Settings › Sources); nothing else may.
  const connect = name === "taskpane.html" ? "connect-src 'self' https:;" : "connect-src 'self' https://appsforoffice.microsoft.com;";
  if (!policy.includes(connect)) problems.push(`${file}: connect-src is not ${connect.slice(12, -1)}`);
  if (html.indexOf(meta[0]) > html.search(/<script\b/i)) problems.push(`${file}: a script comes before the policy`);
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc=/.test(attributes) || body.trim()) problems.push(`${file}: an inline script`);
  }
  if (/\son[a-z]+\s*=/i.test(html)) problems.push(`${file}: an inline event handler`);
}
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
console.log(`${dir}: taskpane.html and commands.html carry the Content-Security-Policy, no inline script`);
