/** Small helpers over fast-xml-parser's ordered output (document order matters in Word XML). */
import { XMLParser } from "fast-xml-parser";
import { DocumentRefused, MAX_XML_DEPTH, NotAWordDocument } from "./limits";

export type XNode = Record<string, unknown>;

const ordered = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  maxNestedTags: MAX_XML_DEPTH,
});

/**
 * Parses XML into ordered nodes. Throws DocumentRefused naming the part (`where`) and the cause
 * when it is nested too deep or not well formed enough to read.
 */
export function parseOrdered(xml: string, where = "the XML"): XNode[] {
  try {
    return ordered.parse(xml) as XNode[];
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    if (/nested tags/i.test(message)) throw new DocumentRefused(`nested too deep: ${where} has elements more than ${MAX_XML_DEPTH} levels deep`);
    throw new NotAWordDocument(`the document's XML is damaged (${where}: ${message.split("\n")[0]})`);
  }
}

export function nameOf(n: XNode): string {
  for (const k in n) if (k !== ":@") return k;
  return "";
}

export function kids(n: XNode): XNode[] {
  const v = n[nameOf(n)];
  return Array.isArray(v) ? (v as XNode[]) : [];
}

export function attr(n: XNode, key: string): string | undefined {
  const a = n[":@"] as Record<string, unknown> | undefined;
  const v = a?.[key];
  return v === undefined || v === null ? undefined : String(v);
}

export function child(n: XNode, name: string): XNode | undefined {
  return kids(n).find((k) => nameOf(k) === name);
}

/** All text under a node (text nodes only), for simple parts such as glossary entries. */
export function textOf(n: XNode): string {
  const name = nameOf(n);
  if (name === "#text") return String(n["#text"] ?? "");
  return kids(n).map(textOf).join("");
}
