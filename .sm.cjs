const { SourceMapConsumer } = require("source-map-js");
const fs = require("fs");
for (const f of process.argv.slice(2)) {
  const code = fs.readFileSync(f, "utf8"); const map = JSON.parse(fs.readFileSync(f + ".map", "utf8"));
  const smc = new SourceMapConsumer(map);
  const lines = code.split("\n"); const sizes = {};
  let prev = null;
  smc.eachMapping((m) => { if (prev) { const len = prev.gl === m.generatedLine ? m.generatedColumn - prev.gc : lines[prev.gl-1].length - prev.gc; const s = prev.src || "?"; const mm = s.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = mm ? (process.env.FULL ? s.replace(/.*node_modules\//,"") : mm[1]) : s.replace(/^webpack:\/\/[^/]*\//, "").replace(/^(\.\/)?src\//, "src/"); sizes[k] = (sizes[k] || 0) + len; } prev = { gl: m.generatedLine, gc: m.generatedColumn, src: m.source }; });
  console.log("==", f, code.length);
  Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, v]) => console.log(String(v).padStart(8), k));
}
