/** The office's details that letters need; stored per user, exportable as JSON. */
export interface OfficeSettings {
  /** e.g. "John Smith" */
  pccName: string;
  /** e.g. "Police and Crime Commissioner for Cheshire" */
  pccTitle: string;
  /** e.g. "Cheshire Constabulary" */
  forceName: string;
  /** e.g. "Cheshire" */
  policeArea: string;
  /** e.g. "Office of the Police and Crime Commissioner for Cheshire" */
  officeName: string;
  /** Name printed under the signature (often the PCC). */
  signatory: string;
  /** Id of the house style used by default. */
  defaultStyleId: string;
}
