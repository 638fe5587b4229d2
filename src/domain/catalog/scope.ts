/**
 * Whether a report is about one force or many. A catalog entry says so in `scope`; older entries
 * (and imports) without it are read from their `type`: PEEL and force inspections are about one
 * force; anything else (national or joint thematic, super-complaint, unknown) is taken as national,
 * since calling a national report "an inspection of <force>" is the worse mistake.
 */
import type { Inspection, InspectionScope } from "./types";

const FORCE_TYPE = /\b(?:peel|force|effectiveness, efficiency and legitimacy)\b/i;
const NATIONAL_TYPE = /\b(?:thematic|national|joint|super-?complaint)\b/i;

export function inspectionScope(inspection: Pick<Inspection, "scope" | "type">): InspectionScope {
  if (inspection.scope) return inspection.scope;
  return FORCE_TYPE.test(inspection.type) && !NATIONAL_TYPE.test(inspection.type) ? "force" : "national";
}
