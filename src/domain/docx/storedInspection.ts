/**
 * The inspection the add-in stores in a document (custom XML part, namespace XML_NAMESPACE), so
 * a reviewer needs no catalog. Written as the inspection's JSON inside one root element; read
 * leniently (JSON text, or the same fields as XML elements/attributes) and validated.
 */
import { parseInspection, type Inspection } from "../catalog";
import { XML_NAMESPACE } from "../tags";
import { kids, nameOf, parseOrdered, textOf, type XNode } from "./xml";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The custom XML part for an inspection. */
export function inspectionToXml(inspection: Inspection): string {
  return `<?xml version="1.0" encoding="UTF-8"?><inspection xmlns="${XML_NAMESPACE}" schemaVersion="1">${escapeXml(JSON.stringify(inspection))}</inspection>`;
}

/** Whether a custom XML part's root element is in our namespace. */
export function isOurPart(xml: string): boolean {
  return xml.includes(XML_NAMESPACE);
}

/** XML element to a plain object: attributes and child elements as fields, repeated children as arrays. */
function toObject(n: XNode): unknown {
  const out: Record<string, unknown> = {};
  const a = n[":@"] as Record<string, string> | undefined;
  for (const k in a ?? {}) if (!k.startsWith("xmlns")) out[k.replace(/^.*:/, "")] = a![k];
  const elements = kids(n).filter((k) => nameOf(k) !== "#text");
  if (!elements.length && !Object.keys(out).length) return textOf(n).trim();
  for (const e of elements) {
    const key = nameOf(e).replace(/^.*:/, "");
    const v = toObject(e);
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], v);
    else out[key] = v;
  }
  return out;
}

const list = (v: unknown): unknown[] => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const unwrap = (v: unknown, inner: string): unknown[] =>
  v && typeof v === "object" && !Array.isArray(v) && inner in (v as object) ? list((v as Record<string, unknown>)[inner]) : list(v);

/** Fills what an XML form may leave out, with the types the schema wants. */
function normalise(raw: Record<string, unknown>): unknown {
  const recs = unwrap(raw.recommendations, "recommendation").map((r) => {
    const o = (r ?? {}) as Record<string, unknown>;
    return {
      ...o,
      number: Number(o.number),
      portalId: o.portalId ? String(o.portalId) : null,
      addressees: unwrap(o.addressees, "addressee").map(String),
      localResponseExpected: o.localResponseExpected === undefined ? true : String(o.localResponseExpected) !== "false",
      due: o.due ? String(o.due) : null,
      parts: unwrap(o.parts, "part"),
    };
  });
  return {
    ...raw,
    shortTitle: raw.shortTitle ?? raw.title,
    inspectorates: unwrap(raw.inspectorates, "inspectorate").map(String),
    type: raw.type ?? "",
    portalId: raw.portalId ? String(raw.portalId) : null,
    complete: raw.complete === undefined ? true : String(raw.complete) !== "false",
    recommendations: recs,
  };
}

/** Reads our part; returns the inspection, or an error saying why it could not be used. */
export function inspectionFromXml(xml: string): { inspection?: Inspection; error?: string } {
  let nodes: XNode[];
  try {
    nodes = parseOrdered(xml);
  } catch {
    return { error: "the stored inspection is not readable XML" };
  }
  const root = nodes.find((n) => !["?xml", "#text", "#comment"].includes(nameOf(n)));
  if (!root) return { error: "the stored inspection part is empty" };
  const text = textOf(root).trim();
  if (text.startsWith("{")) {
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      const r = parseInspection(data.inspection ?? data);
      return r.inspection ? r : { error: `the stored inspection is invalid: ${r.error}` };
    } catch {
      return { error: "the stored inspection's JSON is not readable" };
    }
  }
  let obj = toObject(root) as Record<string, unknown>;
  if (obj && typeof obj === "object" && obj.inspection && typeof obj.inspection === "object") obj = obj.inspection as Record<string, unknown>;
  const r = parseInspection(normalise(obj));
  return r.inspection ? r : { error: `the stored inspection is invalid: ${r.error}` };
}

