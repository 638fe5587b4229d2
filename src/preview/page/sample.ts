/**
 * "Load sample": a partly written narrative letter answering "Response to rape – Phase one", as an
 * office would have it before using the add-in. Untagged on purpose, so coverage has to read free
 * text. Our own wording for a made-up force area (Northvale); recommendation texts are catalog data.
 *
 * State: recommendations 1–3 answered, 4 "to follow", 5 heading only, the national ones (8–11, 13)
 * answered together by a deferral, 6, 7 and 12 not mentioned at all.
 */
import catalog from "../../../assets/catalog.json";
import type { BlockSpec, DocSpec } from "../emulator";

const INSPECTION_ID = "cjji-rape-phase-1-2021";

/** A recommendation's text from the catalog, so the sample quotes exactly what the report says. */
function recText(n: number): string {
  const inspection = (catalog as { inspections: Array<{ id: string; recommendations: Array<{ number: number; text: string }> }> }).inspections.find(
    (i) => i.id === INSPECTION_ID,
  );
  return inspection?.recommendations.find((r) => r.number === n)?.text ?? `Recommendation ${n}`;
}

const section = (n: number, response: BlockSpec[]): BlockSpec[] => [
  { p: `Recommendation ${n}`, style: "Heading 2" },
  { p: recText(n), style: "Quote" },
  ...response,
];

export const SAMPLE_DOCUMENT: DocSpec = {
  body: [
    { p: "Office of the Police and Crime Commissioner for Northvale", style: "Title" },
    "HM Chief Inspector of Constabulary",
    "HM Inspectorate of Constabulary and Fire & Rescue Services",
    "2 September 2021",
    { p: "Response to the joint inspection: Response to rape – Phase one", style: "Heading 1" },
    "Dear HM Chief Inspector,",
    "Thank you for the joint inspection of how the police and the Crown Prosecution Service respond to rape, from report to the decision to take no further action. I have discussed its findings with the Chief Constable and with our local criminal justice board, and I set out below what Northvale has done and will do.",
    ...section(1, [
      "Force response: since August the crime recording system will not let an officer close a rape report until the victim's protected characteristics are completed or marked as declined. The Force Crime Registrar checks a sample every month and reports the completion rate to my scrutiny panel.",
    ]),
    ...section(2, [
      "Force response: the force and the two independent sexual violence advisory services now meet every six weeks, share a single referral form and have trained each other's staff on their roles. I fund both services and will review the arrangement at the end of the financial year.",
    ]),
    ...section(3, [
      "Force response: withdrawal is now recorded as a reason code at each stage of an investigation, so we can see when and why victims step back. The first quarterly report went to the Chief Constable's performance board in August and will be shared with the Home Office data collection.",
    ]),
    ...section(4, ["Force response: to follow"]),
    ...section(5, [""]),
    { p: "Recommendations for national bodies", style: "Heading 2" },
    "Recommendations 8, 9, 10, 11 and 13 are addressed to the National Criminal Justice Board, the CPS, the College of Policing, the NPCC lead and the Home Office. We await the outcome of their work and will put any national guidance into practice in Northvale as soon as it is published.",
    "I will publish this response on my website and keep the public informed of our progress.",
    "Yours sincerely,",
    "Police and Crime Commissioner for Northvale",
  ],
  selection: { paragraphText: "Dear HM Chief Inspector,", offset: 0 },
};

/** "New document": Word's blank document, one empty paragraph. */
export const BLANK_DOCUMENT: DocSpec = { body: [""] };

/**
 * ?doc=controls: a letter that already has content controls of both kinds. Ours: the section for
 * recommendation 1, as the add-in builds it, with a response typed in. Someone else's: the
 * organisation's template marks the letter with a protective marking at the top and ends in its
 * signature block (so the document ends inside a control that is not ours).
 */
export const CONTROLS_DOCUMENT: DocSpec = {
  body: [
    { cc: { tag: "org:protective-marking", title: "Protective marking", cannotDelete: true }, children: ["OFFICIAL"] },
    { p: "Response to the joint inspection: Response to rape – Phase one", style: "Heading 1" },
    "Dear HM Chief Inspector,",
    {
      cc: { tag: `ird:section:${INSPECTION_ID}:r1`, title: "Recommendation 1" },
      children: [
        { p: "Recommendation 1", style: "Heading 2" },
        { cc: { tag: `ird:block:rec-text:${INSPECTION_ID}:r1`, title: "Recommendation 1 text", cannotEdit: true }, children: [{ p: recText(1), style: "Quote" }] },
        { p: "Response", style: "Heading 3" },
        { cc: { tag: `ird:response:${INSPECTION_ID}:r1`, title: "Response to recommendation 1" }, children: ["Force response: rape reports now cannot be closed until the victim's details are complete."] },
      ],
    },
    "Yours sincerely,",
    { cc: { title: "Signature block" }, children: ["Police and Crime Commissioner for Northvale"] },
  ],
  selection: { paragraphText: "Dear HM Chief Inspector,", offset: 0 },
};
