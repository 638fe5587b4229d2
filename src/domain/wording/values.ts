/** Where placeholder values come from: the office settings, the inspection, the recommendation, today. */
import { inspectionScope } from "../catalog/scope";
import type { Inspection, Recommendation } from "../catalog/types";
import { statutoryDueDate } from "../deadline";
import type { OfficeSettings } from "../settings/types";
import { markerFor, type TemplateValues } from "./template";

export interface WordingContext {
  /** Partial or empty settings are fine: the missing ones show as "[PCC name]" and are reported. */
  settings?: Partial<OfficeSettings>;
  inspection?: Inspection;
  recommendation?: Recommendation;
  /** For sub-part lines: 1-based part number and its text. */
  part?: { number: number; text: string };
  /** The date used for {today}; compose passes it in so output is deterministic. */
  today?: Date;
}

/** The calendar date of `d` as the user's clock shows it, YYYY-MM-DD. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Bodies that read naturally without "the": generic plurals ("police forces") and HM bodies. */
function takesNoArticle(body: string): boolean {
  return /^[a-z]/.test(body) || /^(the|all|each|every|his|her)\s/i.test(body) || /^HM/.test(body);
}

/**
 * Joins addressees as a sentence would: ["College of Policing", "NPCC lead for adult sexual
 * offences"] -> "the College of Policing and the NPCC lead for adult sexual offences".
 */
export function joinAddressees(addressees: readonly string[]): string {
  const items = addressees.map((a) => a.trim()).filter(Boolean).map((a) => (takesNoArticle(a) ? a.replace(/^The\s/, "the ") : `the ${a}`));
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "HMICFRS and HMCPSI" */
function joinPlain(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function wordingValues(ctx: WordingContext): TemplateValues {
  const s = ctx.settings ?? {};
  const insp = ctx.inspection;
  const rec = ctx.recommendation;
  const values: TemplateValues = {
    pccName: s.pccName?.trim() ?? null,
    pccTitle: s.pccTitle?.trim() ?? null,
    forceName: s.forceName?.trim() ?? null,
    policeArea: s.policeArea?.trim() ?? null,
    officeName: s.officeName?.trim() ?? null,
    signatory: s.signatory?.trim() ?? null,
    signatoryRole: s.signatoryRole?.trim() || s.pccTitle?.trim() || null,
    officeAddress: s.officeAddress?.trim() || null,
    reference: s.reference?.trim() || null,
    contactEmail: s.contactEmail?.trim() || null,
    today: ctx.today ? localIsoDate(ctx.today) : null,
  };
  if (insp) {
    Object.assign(values, {
      inspectionTitle: insp.title,
      shortTitle: insp.shortTitle,
      inspectionType: insp.type,
      inspectionPortalId: insp.portalId,
      inspectorates: joinPlain(insp.inspectorates),
      // Empty for a national report, so "[[an inspection of {inspectedForce}]]" drops out; for a
      // force's own inspection an unset force name still shows as its marker rather than vanishing.
      inspectedForce: inspectionScope(insp) === "force" ? (values.forceName || markerFor("forceName")) : null,
      recommendationCount: insp.recommendations.length,
      publishedOn: insp.publishedOn,
      dueOn: statutoryDueDate(insp.publishedOn),
    } satisfies TemplateValues);
  }
  if (rec) {
    Object.assign(values, {
      number: rec.number,
      portalId: rec.portalId,
      recommendationText: rec.text,
      addressees: joinAddressees(rec.addressees),
      due: rec.due,
      // null when there are none, so "[[… {partCount} parts]]" drops out.
      partCount: rec.parts.length || null,
    } satisfies TemplateValues);
  }
  if (ctx.part) Object.assign(values, { partNumber: ctx.part.number, partText: ctx.part.text } satisfies TemplateValues);
  return values;
}
