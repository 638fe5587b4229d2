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
  /** Optional: the office's postal address, one line per line of the address block. */
  officeAddress?: string;
  /** Optional: the signatory's role, under the name (e.g. "Police and Crime Commissioner for Cheshire"). */
  signatoryRole?: string;
  /** Optional: the office's reference for the letter ("Our ref"). */
  reference?: string;
  /** Optional: an email address for replies (the letter's contact line). */
  contactEmail?: string;
}
