// The production build's styles in two CSS files (issue 12), made by webpack.config.js with this plugin:
//
//   first-screen-styles.[hash].css  the rules of every module the first screens run (the start-up bundles
//                                   and the returning user's "first-screen-tabs" chunk): linked by
//                                   taskpane.html, so the page parses and matches only these before its
//                                   first screen (537 of 1,196 rules, 40 of 96 KB).
//   griffel.[hash].css              every rule, as Griffel's extraction plugin makes it: fetched by
//                                   webpack's CSS loading (mini-css-extract) with the first lazy chunk
//                                   that has a style of its own (the messages' code, at idle once the
//                                   first screen is painted, or a screen the user heads for), and
//                                   applied before that chunk's code runs, so no other screen ever
//                                   shows unstyled.
//
// Order: the first screens' file has its rules in the very order of the whole file, which Griffel sorts
// (style buckets, then media queries), so alone it cascades as the whole file would on those screens.
// The whole file comes later in the page and holds each of its rules too, so once it is in, the
// cascade is exactly the whole file's.
const { parseCSSRules } = require("@griffel/webpack-extraction-plugin/src/parseCSSRules");
const { normalizeCSSBucketEntry } = require("@griffel/core");

const PLUGIN = "FirstScreenStylesPlugin";
const GRIFFEL_CHUNK = "griffel"; // the name Griffel's extraction plugin gives its chunk
const STYLES_CHUNK = "first-screen-styles";

class FirstScreenStylesPlugin {
  /**
   * @param {{ groups: string[] }} options the chunk groups that make the first screens: the entry's name
   *   and the names of lazy groups fetched with it (webpackChunkName)
   */
  constructor({ groups }) {
    this.groups = groups;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap(PLUGIN, (compilation) => {
      // After splitChunks (stage 10), where Griffel's cache group made its one chunk.
      compilation.hooks.optimizeChunks.tap({ name: PLUGIN, stage: 20 }, () => this.split(compilation));
      // After Griffel sorts its own file (same stage, registered before this plugin): the first
      // screens' rules, taken in that file's order.
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS }, (assets) => {
        const own = cssFileOf(compilation.namedChunks.get(STYLES_CHUNK), assets);
        const whole = cssFileOf(compilation.namedChunks.get(GRIFFEL_CHUNK), assets);
        if (!own || !whole) return;
        const { cssRulesByBucket, remainingCSS } = parseCSSRules(assets[own].source().toString());
        const rules = Object.values(cssRulesByBucket).flatMap((entries) => entries.map((entry) => normalizeCSSBucketEntry(entry)[0]));
        const sorted = inOrderOf(assets[whole].source().toString(), rules, (rule) => compilation.errors.push(new compiler.webpack.WebpackError(`${PLUGIN}: a first-screen rule is not in ${whole}: ${rule.slice(0, 80)}`)));
        compilation.updateAsset(own, new sources.RawSource(remainingCSS + sorted.join("")));
      });
    });
  }

  /** Moves the first screens' groups from Griffel's chunk to one holding only their own rules. */
  split(compilation) {
    const griffel = compilation.namedChunks.get(GRIFFEL_CHUNK);
    if (!griffel || compilation.namedChunks.has(STYLES_CHUNK)) return;
    const { chunkGraph, moduleGraph } = compilation;
    const groups = this.groups.map((name) => compilation.namedChunkGroups.get(name)).filter(Boolean);
    if (groups.length === 0) return;
    const firstChunks = new Set(groups.flatMap((group) => group.chunks.filter((c) => c !== griffel)));
    // A rule is the first screens' when the module asking for it (through its `.griffel.css` import)
    // is in one of their chunks.
    const needed = [...chunkGraph.getChunkModulesIterable(griffel)].filter((module) =>
      [...moduleGraph.getIncomingConnections(module)].some(
        (c) => c.originModule && [...chunkGraph.getModuleChunksIterable(c.originModule)].some((chunk) => firstChunks.has(chunk)),
      ),
    );
    const styles = compilation.addChunk(STYLES_CHUNK);
    styles.runtime = griffel.runtime; // the same pages' runtime (taskpane), as SplitChunksPlugin sets it
    for (const module of needed) chunkGraph.connectChunkAndModule(styles, module);
    for (const group of groups) {
      if (!group.replaceChunk(griffel, styles)) continue; // a group with no style of its own
      griffel.removeGroup(group);
      styles.addGroup(group);
      // mini-css-extract orders a chunk's CSS by its groups' module order; the file's order is set
      // below, after the whole file's.
      needed.forEach((module, index) => group.setModulePostOrderIndex(module, index));
    }
    // The same for the whole file, in the groups it still belongs to: a rule only the first screens
    // used had its place only in their groups. (Its order is Griffel's, as above.)
    const all = [...chunkGraph.getChunkModulesIterable(griffel)];
    for (const group of griffel.groupsIterable) {
      all.forEach((module, index) => group.getModulePostOrderIndex(module) === undefined && group.setModulePostOrderIndex(module, 1_000_000 + index));
    }
  }
}

/** The CSS file of a chunk, among the compilation's assets. */
function cssFileOf(chunk, assets) {
  return chunk ? [...chunk.files].find((file) => file.endsWith(".css") && assets[file]) : undefined;
}

/**
 * `rules` in the order they have in `css`, a file of rules joined with nothing between them (as
 * Griffel writes it): each is found where a rule starts (the file's start or after a "}"), never
 * inside another rule that ends with the same text. A rule not found is reported and left out.
 */
function inOrderOf(css, rules, missing) {
  const at = new Map();
  for (const rule of new Set(rules)) {
    let i = css.indexOf(rule);
    while (i > 0 && css[i - 1] !== "}") i = css.indexOf(rule, i + 1);
    if (i < 0) missing(rule);
    else at.set(rule, i);
  }
  return [...at.keys()].sort((a, b) => at.get(a) - at.get(b));
}

module.exports = { FirstScreenStylesPlugin, STYLES_CHUNK };
