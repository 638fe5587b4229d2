/**
 * The inspection stored in the document (ARCHITECTURE.md "Marking the document"): an XML part in
 * our namespace that a reviewer's copy can be read from without the catalog. Pure code: no
 * Office here, so it could move to src/domain for the CLI to read .docx parts too.
 *
 *   <inspection xmlns="urn:inspection-response-drafter:v1" format="1" id="…" publishedOn="…" …>
 *     <title>…</title><shortTitle>…</shortTitle><type>…</type>
 *     <inspectorates><inspectorate>HMICFRS</inspectorate></inspectorates>
 *     <recommendations>
 *       <recommendation id="r1" number="1" portalId="21912" localResponseExpected="true">
 *         <text>…</text><due>…</due>
 *         <addressees><addressee>…</addressee></addressees>
 *         <parts><part id="r1.1">…</part></parts>
 *       </recommendation>
 *     </recommendations>
 *     <areasForImprovement><recommendation id="a1" kind="area-for-improvement" …>…</areasForImprovement>
 *   </inspection>
 *
 * An absent attribute or element means null (portalId, due).
 */
import { XMLParser } from "fast-xml-parser";
import { parseInspection } from "./schema";
import type { Inspection, Recommendation } from "./types";
import { XML_NAMESPACE } from "../tags";

export const FORMAT_VERSION = "1";

/** Characters XML 1.0 cannot carry at all are dropped; markup and line ends are escaped so they survive exactly. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

const el = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const attr = (name: string, value: string | number | boolean | null) =>
  value === null ? "" : ` ${name}="${escapeXml(String(value))}"`;
const list = (outer: string, inner: string, items: string[]) => `<${outer}>${items.map((i) => el(inner, i)).join("")}</${outer}>`;

export function inspectionToXml(inspection: Inspection): string {
  const i = inspection;
  const recs = (items: Recommendation[]) =>
    items
      .map(
        (r) =>
          `<recommendation${attr("id", r.id)}${attr("kind", r.kind ?? null)}${attr("number", r.number)}${attr("portalId", r.portalId)}` +
          `${attr("localResponseExpected", r.localResponseExpected)}>` +
          el("text", r.text) +
          (r.due === null ? "" : el("due", r.due)) +
          list("addressees", "addressee", r.addressees) +
          `<parts>${r.parts.map((p) => `<part${attr("id", p.id)}>${escapeXml(p.text)}</part>`).join("")}</parts>` +
          `</recommendation>`,
      )
      .join("");
  return (
    `<inspection xmlns="${XML_NAMESPACE}"${attr("format", FORMAT_VERSION)}${attr("id", i.id)}` +
    `${attr("publishedOn", i.publishedOn)}${attr("portalId", i.portalId)}${attr("complete", i.complete)}>` +
    el("title", i.title) +
    el("shortTitle", i.shortTitle) +
    el("type", i.type) +
    (i.scope ? el("scope", i.scope) : "") +
    list("inspectorates", "inspectorate", i.inspectorates) +
    `<recommendations>${recs(i.recommendations)}</recommendations>` +
    (i.areasForImprovement ? `<areasForImprovement>${recs(i.areasForImprovement)}</areasForImprovement>` : "") +
    `</inspection>`
  );
}

export type StoredRead = { inspection: Inspection; problem?: undefined } | { inspection: null; problem: string };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  textNodeName: "#text",
  // Lists are arrays even with one item, so a one-recommendation inspection reads like any other.
  isArray: (name) => ["recommendation", "addressee", "inspectorate", "part"].includes(name),
  // Character references (&#10; and the like) carry line ends and tabs exactly.
  processEntities: true,
  htmlEntities: true,
});

/** An element's text: a bare string, or "#text" when the element has attributes. */
function textOf(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && typeof (v as Node)["#text"] === "string") return (v as Node)["#text"] as string;
  if (v && typeof v === "object") return "";
  return undefined;
}

const asBool = (v: unknown) => (v === "true" ? true : v === "false" ? false : v);
const asNumber = (v: unknown) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v);
const items = (v: unknown, name: string): unknown[] => {
  if (v && typeof v === "object" && Array.isArray((v as Node)[name])) return (v as Node)[name] as unknown[];
  return [];
};

/** Reads a stored part back; a tampered or foreign part gives null and the reason, never a throw. */
export function inspectionFromXml(xml: string): StoredRead {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    return { inspection: null, problem: `the stored inspection is not well-formed XML (${(error as Error).message})` };
  }
  const root = doc.inspection as Node | undefined;
  if (!root || typeof root !== "object") return { inspection: null, problem: "the stored part holds no inspection" };
  if (root["@format"] !== FORMAT_VERSION) {
    return { inspection: null, problem: `the stored inspection uses format ${String(root["@format"] ?? "unknown")}, which this add-in cannot read` };
  }
  const raw = {
    id: root["@id"],
    title: textOf(root.title),
    shortTitle: textOf(root.shortTitle),
    publishedOn: root["@publishedOn"],
    inspectorates: items(root.inspectorates, "inspectorate").map(textOf),
    type: textOf(root.type),
    ...(root.scope === undefined ? {} : { scope: textOf(root.scope) }),
    portalId: root["@portalId"] ?? null,
    complete: asBool(root["@complete"]),
    recommendations: items(root.recommendations, "recommendation").map(readRecommendation),
    ...(root.areasForImprovement === undefined ? {} : { areasForImprovement: items(root.areasForImprovement, "recommendation").map(readRecommendation) }),
  };
  const { inspection, error } = parseInspection(raw);
  return inspection ? { inspection } : { inspection: null, problem: `the stored inspection is damaged: ${error ?? "invalid"}` };
}

function readRecommendation(value: unknown) {
  const r = (value ?? {}) as Node;
  return {
    id: r["@id"],
    ...(r["@kind"] === undefined ? {} : { kind: r["@kind"] }),
    number: asNumber(r["@number"]),
    portalId: r["@portalId"] ?? null,
    text: textOf(r.text),
    addressees: items(r.addressees, "addressee").map(textOf),
    localResponseExpected: asBool(r["@localResponseExpected"]),
    due: r.due === undefined ? null : textOf(r.due),
    parts: items(r.parts, "part").map((p) => ({ id: (p as Node)?.["@id"], text: textOf(p) })),
  };
}
