// Production manifest: the source manifest.xml points at the dev server (https://localhost:3000);
// a deployment serves dist/ from its own HTTPS base URL, so every URL is rewritten at build time.
// CommonJS so webpack.config.js, scripts/*.mjs and jest can all load it without a transform.
// Used by webpack.config.js (dist/manifest.xml) and tested in tests/unit/manifest.test.ts.

const DEV_BASE_URL = "https://localhost:3000";
/** Used when ADDIN_BASE_URL is unset: obviously not a real host, so nobody deploys it by accident. */
const PLACEHOLDER_BASE_URL = "https://addin-host.invalid/inspection-response-drafter";

/**
 * Checks a deployment base URL and returns it without a trailing slash.
 * Throws (with a message saying what to set) unless it is an absolute https URL without query or fragment.
 */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" is not an absolute URL. Set it to where dist/ is served, e.g. ADDIN_BASE_URL=https://addins.example.org/ird`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins only over HTTPS); got "${raw}".`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must be a plain base URL without query, fragment or credentials; got "${raw}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/**
 * Decides the production base URL from the environment.
 * Returns { baseUrl, warning } where warning is set when the placeholder is used.
 */
function resolveBaseUrl(env = process.env) {
  const raw = env.ADDIN_BASE_URL;
  if (raw === undefined || raw.trim() === "") {
    return {
      baseUrl: PLACEHOLDER_BASE_URL,
      warning: `ADDIN_BASE_URL is not set: dist/manifest.xml points at the placeholder ${PLACEHOLDER_BASE_URL}. ` +
        "Set ADDIN_BASE_URL=https://<your host>/<path> to build a manifest you can deploy.",
    };
  }
  return { baseUrl: normaliseBaseUrl(raw), warning: undefined };
}

/**
 * Rewrites every dev-server URL in the manifest to the given base URL.
 * <AppDomain> takes an origin (no path), so it gets the base URL's origin.
 */
function toProductionManifest(xml, baseUrl) {
  const base = normaliseBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  // Comments describe the dev manifest; the generated one says where it came from instead.
  const withoutComments = xml.replace(/<!--[\s\S]*?-->\s*/g, "");
  const withDomains = withoutComments.replace(
    /<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g,
    `<AppDomain>${origin}</AppDomain>`,
  );
  const rewritten = withDomains.split(DEV_BASE_URL).join(base);
  if (rewritten.includes("localhost")) {
    throw new Error("The production manifest still mentions localhost: a dev URL in manifest.xml is not of the form https://localhost:3000/…");
  }
  const note = `<!-- Generated from manifest.xml by \`npm run build\` for ${base}. Edit manifest.xml, not this file. -->\n`;
  return rewritten.replace(/^(<\?xml[^>]*\?>\s*)?/, (declaration) => `${declaration}${note}`);
}

module.exports = { DEV_BASE_URL, PLACEHOLDER_BASE_URL, normaliseBaseUrl, resolveBaseUrl, toProductionManifest };
