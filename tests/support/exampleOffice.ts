/** A made-up office, so drafted documents show no "[PCC name]" marker (tests, benchmarks, the Script Lab snippet). */
import type { OfficeSettings } from "../../src/domain/settings";

export const NORTHVALE: OfficeSettings = {
  pccName: "Jordan Reyes",
  pccTitle: "Police and Crime Commissioner for Northvale",
  forceName: "Northvale Police",
  policeArea: "Northvale",
  officeName: "Office of the Police and Crime Commissioner for Northvale",
  signatory: "Jordan Reyes",
  defaultStyleId: "narrative-letter",
};
