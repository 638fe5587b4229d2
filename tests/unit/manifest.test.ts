// What Word needs from manifest.xml that the XML schema does not check (resids, URLs, icon files),
// and the production rewrite of its URLs. Self-contained: no xmllint (that is validate:offline).
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { normaliseBaseUrl, resolveBaseUrl, toProductionManifest, PLACEHOLDER_BASE_URL } from "../../scripts/manifest.cjs";

const ROOT = path.join(__dirname, "../..");
const SOURCE = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | number | boolean | XmlNode | XmlValue[];

// Namespace prefixes dropped (bt:Image -> Image, xsi:type -> @type): the manifest's own names are unique enough.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, parseAttributeValue: false, parseTagValue: false });
const parse = (xml: string): XmlNode => parser.parse(xml) as XmlNode;

/** Every element called `name`, anywhere under `node`. */
function findAll(node: XmlValue, name: string): XmlNode[] {
  if (Array.isArray(node)) return node.flatMap((n) => findAll(n, name));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = key === name ? (Array.isArray(value) ? value : [value]).filter((v): v is XmlNode => typeof v === "object") : [];
    return [...here, ...findAll(value, name)];
  });
}
/** Every value of attribute `attr` anywhere under `node`. */
function attributeValues(node: XmlValue, attr: string): string[] {
  if (Array.isArray(node)) return node.flatMap((n) => attributeValues(n, attr));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === `@${attr}` ? [String(value)] : attributeValues(value, attr)));
}
const text = (value: XmlValue): string => (typeof value === "object" ? String((value as XmlNode)["#text"] ?? "") : String(value));

/** Every URL a manifest points Office at: DefaultValue attributes that are URLs, and AppDomains. */
function urlsIn(xml: string): string[] {
  const doc = parse(xml);
  const values = attributeValues(doc, "DefaultValue").filter((v) => /^[a-z]+:\/\//i.test(v));
  return [...values, ...appDomains(doc)];
}
function appDomains(doc: XmlNode): string[] {
  return findAll(doc, "AppDomains").flatMap((d) => (Array.isArray(d.AppDomain) ? d.AppDomain : [d.AppDomain]).map(text));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const doc = parse(SOURCE);
const app = doc.OfficeApp as XmlNode;
const resources = findAll(app, "Resources")[0];
const resourceUrl = new Map<string, string>(
  [...findAll(resources, "Image"), ...findAll(resources, "Url")].map((r) => [String(r["@id"]), String(r["@DefaultValue"])]),
);

describe("manifest.xml", () => {
  it("identifies the add-in by a GUID", () => {
    expect(text(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app["@type"]).toBe("TaskPaneApp");
    expect((app.DisplayName as XmlNode)["@DefaultValue"]).toBe("Inspection Response Drafter");
  });

  it("installs into Word documents only and asks to read and write the document", () => {
    expect(findAll(app.Hosts, "Host").map((h) => h["@Name"])).toEqual(["Document"]);
    expect(findAll(app.VersionOverrides, "Host").map((h) => h["@type"])).toEqual(["Document"]);
    expect(text(app.Permissions)).toBe("ReadWriteDocument");
  });

  it("requires WordApi 1.1 and nothing newer to install", () => {
    const sets = findAll(app.Requirements, "Set");
    expect(sets.map((s) => [s["@Name"], s["@MinVersion"]])).toEqual([["WordApi", "1.1"]]);
  });

  it("opens the task pane from a button on the Home tab", () => {
    const tab = findAll(app.VersionOverrides, "OfficeTab")[0];
    expect(tab["@id"]).toBe("TabHome");
    const buttons = findAll(tab, "Control").filter((c) => c["@type"] === "Button");
    expect(buttons).toHaveLength(1);
    const action = buttons[0].Action as XmlNode;
    expect(action["@type"]).toBe("ShowTaskpane");
    expect(resourceUrl.get(String((action.SourceLocation as XmlNode)["@resid"]))).toMatch(/\/taskpane\.html$/);
    expect(((app.DefaultSettings as XmlNode).SourceLocation as XmlNode)["@DefaultValue"]).toMatch(/\/taskpane\.html$/);
  });

  it("points its FunctionFile at the commands page", () => {
    const functionFile = findAll(app.VersionOverrides, "FunctionFile")[0];
    expect(resourceUrl.get(String(functionFile["@resid"]))).toMatch(/\/commands\.html$/);
  });

  it("defines every resource id it uses, and uses every one it defines", () => {
    const defined = ["Image", "Url", "String"].flatMap((kind) => findAll(resources, kind).map((r) => String(r["@id"])));
    const used = new Set(attributeValues(app.VersionOverrides, "resid"));
    expect(new Set(defined).size).toBe(defined.length); // no duplicate ids
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it("points every URL at the dev server, https://localhost:3000", () => {
    const urls = urlsIn(SOURCE);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("references icons that exist in assets/ at the sizes it declares", () => {
    const declared: Array<{ url: string; size: number }> = [
      { url: String((app.IconUrl as XmlNode)["@DefaultValue"]), size: 32 },
      { url: String((app.HighResolutionIconUrl as XmlNode)["@DefaultValue"]), size: 64 },
      ...findAll(findAll(app.VersionOverrides, "Hosts")[0], "Image").map((i) => ({
        url: resourceUrl.get(String(i["@resid"])) ?? `missing resource ${String(i["@resid"])}`,
        size: Number(i["@size"]),
      })),
    ];
    expect(new Set(declared.map((d) => d.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of declared) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file) ? file : `no file for ${url}`).toBe(file);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

describe("production manifest (npm run build)", () => {
  const built = toProductionManifest(SOURCE, "https://addins.example.police.uk/ird/");

  it("points every URL at the deployment's base URL, over https", () => {
    const urls = urlsIn(built);
    expect(urls).toHaveLength(urlsIn(SOURCE).length);
    for (const url of urls) expect(url).toMatch(/^https:\/\/addins\.example\.police\.uk(\/ird\/[\w./-]+)?$/);
    expect(built).not.toContain("localhost");
    expect(urls).toContain("https://addins.example.police.uk/ird/taskpane.html");
  });

  it("gives AppDomains the base URL's origin, as Office expects a domain there", () => {
    expect(appDomains(parse(built))).toEqual(["https://addins.example.police.uk"]);
  });

  it("keeps the add-in's identity and resources unchanged", () => {
    const builtApp = parse(built).OfficeApp as XmlNode;
    expect(text(builtApp.Id)).toBe(text(app.Id));
    expect(attributeValues(builtApp, "resid")).toEqual(attributeValues(app, "resid"));
  });

  it("refuses a base URL that is not https", () => {
    expect(() => toProductionManifest(SOURCE, "http://addins.example.police.uk")).toThrow(/must use https/);
    expect(() => normaliseBaseUrl("addins.example.police.uk")).toThrow(/not an absolute URL/);
    expect(() => normaliseBaseUrl("https://addins.example.police.uk/?v=2")).toThrow(/without query/);
  });

  it("falls back to an obviously placeholder https URL, with a warning, when ADDIN_BASE_URL is unset", () => {
    const unset = resolveBaseUrl({});
    expect(unset.baseUrl).toBe(PLACEHOLDER_BASE_URL);
    expect(unset.baseUrl).toMatch(/^https:\/\/[^/]+\.invalid\//);
    expect(unset.warning).toMatch(/ADDIN_BASE_URL/);
    expect(resolveBaseUrl({ ADDIN_BASE_URL: "https://x.example.org/a/" })).toEqual({ baseUrl: "https://x.example.org/a", warning: undefined });
  });
});
