// The production build's styles in two CSS files (issue 12), made by webpack.config.js with this plugin:
//
//   first-screen-styles.[hash].css  the rules of every module the first screens run (the start-up bundles
//                                   and the returning user's "first-screen-tabs" chunk): linked by
//                                   taskpane.html, so the page parses and matches only these before its
//                                   first screen (about a tenth of the whole).
//   griffel.[hash].css              every rule, as Griffel's extraction plugin makes it: fetched by
//                                   webpack's CSS loading (mini-css-extract) with the first chunk that
//                                   needs a style of its own, and applied before that chunk's code runs,
//                                   so no other screen ever shows unstyled.
//
// Order: each file is sorted by Griffel's own rules (style buckets, then media queries). The whole file
// comes later in the page than the first screens' one and holds each of its rules too, so once it is in,
// the cascade is exactly the whole file's, whatever the first screens' file says.
const { parseCSSRules } = require("@griffel/webpack-extraction-plugin/src/parseCSSRules");
const { sortCSSRules } = require("@griffel/webpack-extraction-plugin/src/sortCSSRules");
const { defaultCompareMediaQueries } = require("@griffel/core");

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
      // After Griffel sorts its own file (same stage, registered before this plugin).
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS }, (assets) => {
        const chunk = compilation.namedChunks.get(STYLES_CHUNK);
        if (!chunk) return;
        for (const file of chunk.files) {
          if (!file.endsWith(".css") || !assets[file]) continue;
          const { cssRulesByBucket, remainingCSS } = parseCSSRules(assets[file].source().toString());
          compilation.updateAsset(file, new sources.RawSource(remainingCSS + sortCSSRules([cssRulesByBucket], defaultCompareMediaQueries)));
        }
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
      // mini-css-extract orders a chunk's CSS by the groups' module order; the file is re-sorted below.
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

module.exports = { FirstScreenStylesPlugin, STYLES_CHUNK };
