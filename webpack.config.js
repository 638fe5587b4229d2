// Builds the add-in (dist/) and the browser preview (dist-preview/), and runs the dev server.
//
//   webpack --mode production                    dist/: taskpane.html + commands.html (office.js from
//                                                 Microsoft's CDN), assets, manifest.xml at ADDIN_BASE_URL
//   webpack --mode development --env preview     dist-preview/: preview.html (Word-like page over the
//                                                 emulator) + a taskpane.html that runs on Microsoft's
//                                                 local Word library and the emulator host
//   webpack serve --env preview                  npm start: the preview on http://localhost:3000
//   webpack serve --env https                    npm run start:https: the real add-in for Word over https
//
// Other --env flags: outDir=<dir> (output folder), sourcemaps (emit separate .map files in production),
// runtimeStyles (production without the build-time CSS: Fluent inserts its styles at run time, as in
// development; for comparing the two).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { FirstScreenStylesPlugin } = require("./scripts/firstScreenStyles.cjs");
const { resolveBaseUrl, toProductionManifest } = require("./scripts/manifest.cjs");

const ROOT = __dirname;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const WORD_LIBRARY = "node_modules/@microsoft/office-js/dist/word-web-16.00.js";
const WORD_LIBRARY_OUT = "vendor/word-web-16.00.js";
const DEV_CERTS = path.join(os.homedir(), ".office-addin-dev-certs");
const PORT = Number(process.env.PORT || 3000);

const at = (p) => path.resolve(ROOT, p);

/** The preview page's template is the preview's own if it has one, else a bare root element. */
function previewHtml() {
  const own = at("src/preview/preview.html");
  if (fs.existsSync(own)) return { template: own };
  return {
    templateContent:
      '<!doctype html><html lang="en-GB"><head><meta charset="utf-8" />' +
      '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
      "<title>Inspection Response Drafter: preview</title></head>" +
      '<body><div id="root"></div></body></html>',
  };
}

/**
 * The returning user's first screen (tab bar, inspection list, built-in catalog): the webpackChunkName
 * of its import()s in src/taskpane (screens.tsx, actions/firstScreen.ts, index.tsx). Fetched with the
 * page, kept whole and given its own styles with the entry's (below).
 */
const FIRST_SCREEN_CHUNK = "first-screen-tabs";

/**
 * The JS files of a lazy chunk group (an import() given that webpackChunkName), as URLs of the page:
 * taskpane.html preloads them with the bundles (issue 12: a returning user's first screen is its own
 * chunk, fetched in the first round of requests but run only for that user).
 */
function chunkGroupFiles(compilation, name, publicPath) {
  const group = compilation.namedChunkGroups.get(name);
  return group ? group.getFiles().filter((f) => f.endsWith(".js")).map((f) => publicPath + f) : [];
}

/** Chunks whose shared code may go into shared chunks: the lazy ones, but for the first screen's (above). */
const laterScreens = (chunk) => !chunk.canBeInitial() && chunk.name !== FIRST_SCREEN_CHUNK;

/** Stops with a plain message (no stack trace): these are set-up problems, not bugs. */
function refuse(message) {
  console.error(`\nERROR: ${message}\n`);
  process.exit(1);
}

/** Dev-server https options from office-addin-dev-certs, or a clear instruction when they are missing. */
function httpsServer() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const missing = Object.values(files).filter((f) => !fs.existsSync(path.join(DEV_CERTS, f)));
  if (missing.length > 0) {
    refuse(
      `HTTPS dev certificates not found in ${DEV_CERTS} (missing ${missing.join(", ")}).\n` +
        "Create and trust them once with:  npx --yes office-addin-dev-certs install\n" +
        "(or use `npm start` for the browser preview over plain http).",
    );
  }
  const read = (f) => fs.readFileSync(path.join(DEV_CERTS, f));
  return { type: "https", options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const production = mode === "production";
  const preview = Boolean(env.preview);
  const https = Boolean(env.https);
  const outDir = path.resolve(ROOT, env.outDir || (preview ? "dist-preview" : "dist"));
  const serving = process.argv.some((a) => a === "serve");
  // Styles compiled and extracted to CSS files at build time (issue 12): production only.
  const extractStyles = production && !env.runtimeStyles;

  // The production manifest needs the deployment's base URL; the dev manifest stays on localhost.
  let manifestTransform = (content) => content;
  if (production && !preview) {
    let resolved;
    try {
      resolved = resolveBaseUrl(process.env);
    } catch (error) {
      refuse(error.message); // a manifest Office would reject (not https) is not worth building
    }
    const { baseUrl, warning } = resolved;
    if (warning) console.warn(`\nWARNING: ${warning}\n`);
    manifestTransform = (content) => toProductionManifest(content.toString(), baseUrl);
  }

  const entry = preview
    ? {
        // The emulator host installs Office/Word's session before the task pane's own code runs.
        taskpane: [at("src/preview/taskpaneHost.ts"), at("src/taskpane/index.tsx")],
        preview: at("src/preview/index.tsx"),
      }
    : {
        taskpane: at("src/taskpane/index.tsx"),
        commands: at("src/commands/commands.ts"),
      };

  const officeScriptUrl = preview ? WORD_LIBRARY_OUT : OFFICE_JS_CDN;
  const html = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: at("src/taskpane/taskpane.html"),
      // html-webpack-plugin's own parameters, plus ours.
      templateParameters: (compilation, assets, assetTags, options) => ({
        compilation,
        webpackConfig: compilation.options,
        htmlWebpackPlugin: { tags: assetTags, files: assets, options },
        officeScriptUrl,
        firstScreenFiles: chunkGroupFiles(compilation, FIRST_SCREEN_CHUNK, assets.publicPath).filter((f) => !assets.js.includes(f)),
      }),
      chunks: ["taskpane"],
      // Deferred tags at the end of <head>, i.e. after the template's Internet Explorer guard, whose
      // <plaintext> then turns them into inert text in old Office, so the bundles are never fetched.
      inject: "head",
      scriptLoading: "defer",
    }),
  ];
  if (preview) {
    html.push(new HtmlWebpackPlugin({ filename: "preview.html", chunks: ["preview"], ...previewHtml() }));
  } else {
    html.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: at("src/commands/commands.html"),
        templateParameters: { officeScriptUrl },
        chunks: ["commands"],
      }),
    );
  }

  const copies = [
    // taskpane.html's guard for old Office (Internet Explorer): ES5 as written, never bundled; a file
    // because the Content-Security-Policy allows no inline script.
    { from: "src/taskpane/oldOfficeGuard.js", to: "old-office.js" },
    // Icons, catalog.json, styles/, wording/: fetched at run time or referenced by the manifest.
    { from: "assets", to: "assets", globOptions: { ignore: ["**/support.html"] }, noErrorOnMissing: true },
    { from: "assets/support.html", to: "support.html", noErrorOnMissing: true },
  ];
  if (preview) copies.push({ from: WORD_LIBRARY, to: WORD_LIBRARY_OUT });
  else copies.push({ from: "manifest.xml", to: "manifest.xml", transform: manifestTransform });

  const hashed = production ? ".[contenthash:8]" : "";
  return {
    mode,
    context: ROOT,
    entry,
    output: {
      path: outDir,
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`, // lazy screens: import(/* webpackChunkName: "screen-x" */ "./X")
      publicPath: "auto", // relative URLs: dist/ works under any base path (e.g. https://host/ird/)
      clean: !serving,
    },
    // Never an eval-based devtool (webpack's default in development): the pages' Content-Security-Policy
    // has no 'unsafe-eval', and the preview must run under the same policy as Word.
    devtool: production ? (env.sourcemaps ? "hidden-source-map" : false) : "cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: {
      rules: [
        // Production (issue 12): Fluent's and our styles become CSS files at build time, so the pane
        // does not compute and insert them when it starts. Our makeStyles calls are compiled ahead of
        // time (@griffel/webpack-loader, after ts-loader); Fluent ships them compiled. Loaders run last
        // rule first: ts-loader, then Griffel's, then the extraction.
        ...(extractStyles
          ? [
              { test: /\.(js|mjs|tsx?)$/, include: [at("src"), /[\\/]node_modules[\\/]@fluentui[\\/]/], use: { loader: GriffelCSSExtractionPlugin.loader } },
              { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "@griffel/webpack-loader" } },
              { test: /griffel\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
            ]
          : []),
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck` (tsc); the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { test: /\.css$/, exclude: /griffel\.css$/, type: "asset/source" }, // the preview page's own CSS
        { test: /\.(png|svg)$/, type: "asset/resource" },
      ],
    },
    optimization: {
      // Lazy chunks named after their webpackChunkName keep that name in their file names. Others are
      // named after their modules in development (readable) and numbered in production: the names of
      // every chunk are in the start-up bundle, whose chunk map they made 10 KB larger (issue 12).
      chunkIds: production ? "deterministic" : "named",
      splitChunks: {
        // The entry keeps the packages it needs (React, Fluent's provider and Button): one file, the
        // first screen's whole code (issue 12). Lazy screens share theirs in vendor chunks, webpack's
        // default groups, for lazy chunks only and not the returning user's first screen: that keeps
        // its packages (SearchBox, Badge, Spinner) in its one file, fetched with the page and run only
        // for that user, rather than in shared chunks that would each be a further request before it.
        cacheGroups: {
          defaultVendors: { test: /[\\/]node_modules[\\/]/, chunks: laterScreens, priority: -10, reuseExistingChunk: true },
          default: { chunks: laterScreens, minChunks: 2, priority: -20, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: production ? "warning" : false, maxEntrypointSize: 1_500_000, maxAssetSize: 1_500_000 },
    plugins: [
      ...html,
      new CopyWebpackPlugin({ patterns: copies }),
      // Two CSS files: the first screens' rules, linked by the page, and every rule, fetched with the
      // first lazy code with styles of its own (scripts/firstScreenStyles.cjs). Registered after
      // Griffel's plugin, whose chunk it splits and whose file's order it keeps in the first screens'
      // file. Griffel orders the rules: mini-css-extract's order warnings do not apply.
      ...(extractStyles
        ? [
            new MiniCssExtractPlugin({ filename: `[name]${hashed}.css`, chunkFilename: `[name]${hashed}.css`, ignoreOrder: true }),
            new GriffelCSSExtractionPlugin(),
            new FirstScreenStylesPlugin({ groups: ["taskpane", FIRST_SCREEN_CHUNK] }),
          ]
        : []),
    ],
    stats: "errors-warnings",
    devServer: {
      port: PORT,
      host: "localhost",
      server: https ? httpsServer() : "http",
      static: false, // everything is served from the compilation (bundles, copied assets)
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { errors: true, warnings: false } },
      setupMiddlewares(middlewares, server) {
        // http://localhost:3000/ opens the page this server is for.
        server.app.get("/", (_req, res) => res.redirect(preview ? "/preview.html" : "/taskpane.html"));
        return middlewares;
      },
      onListening(server) {
        const base = `${https ? "https" : "http"}://localhost:${server.options.port}`;
        if (preview) console.log(`\n  Preview: ${base}/preview.html\n`);
        else console.log(`\n  Add-in task pane: ${base}/taskpane.html  (sideload manifest.xml in Word)\n`);
      },
    },
  };
};
