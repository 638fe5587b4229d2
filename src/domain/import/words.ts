/**
 * Every word list the report-text importer reads by, in one place: headings, addressees, due
 * wording, status-log words. Change the vocabulary here; the parser files hold only the rules.
 */
import type { RecommendationKind } from "../catalog/types";

/** Section headings (the whole line, optionally numbered or ending in ":") and the kind of item under them. */
export const SECTION_HEADINGS: { pattern: RegExp; kind: RecommendationKind }[] = [
  { pattern: /^(?:our |summary of |list of |the |key )?(?:national |local )?recommendations?(?: (?:for|to) [\w ,'’&-]{2,60})?$/i, kind: "recommendation" },
  { pattern: /^(?:summary of |our |the )?causes? (?:of|for) concern$/i, kind: "cause-of-concern" },
  { pattern: /^(?:summary of |our |the )?areas? for improvement$/i, kind: "area-for-improvement" },
];

/** "Recommendation 3", "Cause of concern 1", "Area for improvement 2" (also "AFI 2", "Rec 3"): a labelled item. */
export const KIND_LABELS: { pattern: string; kind: RecommendationKind }[] = [
  { pattern: "recommendation|rec\\.?", kind: "recommendation" },
  { pattern: "cause of concern|cause for concern", kind: "cause-of-concern" },
  { pattern: "area for improvement|afi", kind: "area-for-improvement" },
];

/**
 * A lead-in that opens a list of recommendations outside a heading: "The report made the
 * following recommendations:", "HMICFRS recommends that:".
 */
export const LIST_LEAD_IN = /(?:\brecommendations?\b[^.]{0,80}:\s*$|\brecommends?\b(?: that)?:?\s*$|\bmade the following\b[^.]*:\s*$)/i;

/** Words that introduce a recommendation's own sub-parts. */
export const PARTS_LEAD_IN = /(?::\s*$|\bshould include\b|\bas a minimum\b|\bthe following\b|\bincluding:|\bshould:|\bby:\s*$)/i;

/** Modal verbs a recommendation asks with; the bodies before them are its addressees. */
export const MODALS = /\b(?:should|must|needs? to|ought to|is to|are to|to work together|recommend that)\b/i;

/** A paragraph starting with one of these leans on the sentence before it: the same recommendation goes on. */
export const CONTINUATION_STARTS = /^(?:this|these|that|they|it|its|their|such|to support this|in doing so|in particular|as part of this|as a minimum|also|further(?:more)?|in addition|additionally|and|but|or|then|where|when|which)\b/i;

/** Clauses that name bodies a recommendation is NOT addressed to ("…, in consultation with the CPS, should"). */
export const NOT_ADDRESSED_CLAUSE = /,?\s*\b(?:in consultation with|consulting|working with|with the support of|supported by|in partnership with|together with|alongside|with input from|with help from|assisted by)\b[^,]*(?:,|$)/gi;

export interface AddresseeWord {
  /** What the catalog calls this body. */
  name: string;
  /** Tried in order; longer names first so "CPS Areas" wins over "CPS". */
  pattern: RegExp;
  /** true: a force or PCC answers it locally. */
  local: boolean;
}

/** Named NPCC leads keep their portfolio: "NPCC lead for adult sexual offences". */
export const NPCC_LEAD = /\b(?:the\s+)?(?:NPCC|National Police Chiefs[’']? Council)(?:['’]s)?\s+(?:national\s+)?lead(?:s)?\s+(?:for|on)\s+([a-z][\w ,'’&-]*?)(?=\s*(?:,|\band\b|\bshould\b|\bmust\b|\bneeds?\b|\bwith\b|\bin\b|$))/i;

export const ADDRESSEES: AddresseeWord[] = [
  { name: "police and crime commissioners", pattern: /\b(?:police,? (?:fire )?and crime commissioners?|PF?CCs?|local policing bod(?:y|ies)|(?:elected )?policing bod(?:y|ies)|mayors? with (?:responsibility for|policing)[\w ]*|deputy mayors? for policing[\w ]*|police authorit(?:y|ies))\b/gi, local: true },
  { name: "chief constables", pattern: /\b(?:chief constables?|chief officers?|commissioners? of (?:police|the metropolitan police)[\w ]*|chief officers? of police)\b/gi, local: true },
  { name: "CPS Areas", pattern: /\b(?:CPS|Crown Prosecution Service) Areas?\b/gi, local: false },
  { name: "CPS lead", pattern: /\b(?:the )?(?:CPS|Crown Prosecution Service)(?:['’]s)? (?:national )?lead\b/gi, local: false },
  { name: "CPS", pattern: /\b(?:the )?(?:CPS|Crown Prosecution Service|prosecutors?|Director of Public Prosecutions|DPP)\b/gi, local: false },
  { name: "College of Policing", pattern: /\b(?:the )?College of Policing\b/gi, local: false },
  { name: "NPCC", pattern: /\b(?:the )?(?:NPCC|National Police Chiefs[’']? Council)\b/gi, local: false },
  { name: "Home Office", pattern: /\b(?:the )?(?:Home Office|Home Secretary|Secretary of State for the Home Department)\b/gi, local: false },
  { name: "Ministry of Justice", pattern: /\b(?:the )?(?:Ministry of Justice|MoJ|Justice Secretary|Lord Chancellor)\b/gi, local: false },
  { name: "National Criminal Justice Board", pattern: /\b(?:the )?National Criminal Justice Board\b/gi, local: false },
  { name: "Attorney General's Office", pattern: /\b(?:the )?Attorney General(?:['’]s Office)?\b/gi, local: false },
  { name: "HM Courts & Tribunals Service", pattern: /\b(?:HMCTS|HM Courts (?:&|and) Tribunals Service)\b/gi, local: false },
  { name: "HM Prison and Probation Service", pattern: /\b(?:HMPPS|HM Prison and Probation Service|(?:the )?Probation Service)\b/gi, local: false },
  { name: "National Crime Agency", pattern: /\b(?:the )?(?:National Crime Agency|NCA)\b/gi, local: false },
  { name: "IOPC", pattern: /\b(?:the )?(?:IOPC|Independent Office for Police Conduct)\b/gi, local: false },
  { name: "APCC", pattern: /\b(?:the )?(?:APCC|Association of Police and Crime Commissioners)\b/gi, local: false },
  { name: "Government", pattern: /\b(?:the )?(?:Government|Department for [A-Z][\w ,&]+?|Department of Health and Social Care|DHSC|Cabinet Office)(?=\s*(?:,|\band\b|\bshould\b|\bmust\b|$))/g, local: false },
  { name: "local authorities", pattern: /\b(?:local authorit(?:y|ies)|councils?)\b/gi, local: false },
  { name: "NHS", pattern: /\b(?:NHS England|the NHS|NHS)\b/g, local: false },
  { name: "support services", pattern: /\b(?:(?:victim |specialist |commissioned )?support services|victim services|ISVA services|advocacy services)\b/gi, local: false },
  // Police bodies last: "police" inside "police and crime commissioners" is taken by then.
  { name: "the force", pattern: /\b(?:[Tt]he force|[A-Z][\w&' ]{1,30} (?:Police|Constabulary|Police Service))\b(?! forces)/g, local: true },
  { name: "police forces", pattern: /\b(?:all )?(?:(?:police )?forces|(?:the )?police(?: service)?)\b/gi, local: true },
];

/** Months, for dates in due wording and publication dates. */
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** "31 March 2024", "31st March 2024", "March 2024", "the end of March 2024", "the end of 2024", "31/03/2024". */
export const DATE = `(?:(?:the )?end of (?:${MONTH} )?\\d{4}|(?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH},? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|spring|summer|autumn|winter \\d{4})`;

const NUMBER_WORDS = "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|a)";
/** A deadline unit: months and years are deadlines; hours and days usually an operational time ("within 24 hours of receipt"). */
const DEADLINE_SPAN = `${NUMBER_WORDS} (?:calendar )?(?:months?|years?)`;
const SHORT_SPAN = `${NUMBER_WORDS} (?:working )?(?:weeks?|days?)`;
const OF_PUBLICATION = "(?: (?:of|from|following|after) (?:the )?(?:publication|date) of (?:this|the) (?:report|inspection)| of (?:this|the) (?:report|inspection)(?:['’]s publication)?| of (?:its )?publication)";

/**
 * Due wording, as the report puts it. `lead`: at the start of a sentence ("Immediately, …",
 * "By March 2022, …"); `after`: straight after the modal ("should immediately", "should, by
 * 31 March 2024,"); `tail`: closing the sentence ("… by 31 March 2024.").
 */
export const DUE_LEAD = new RegExp(
  `^(?:(immediately|with immediate effect|as a matter of (?:urgency|priority)|urgently)|((?:by|before|no later than|not later than) ${DATE})|(within ${DEADLINE_SPAN}${OF_PUBLICATION}?|within ${SHORT_SPAN}${OF_PUBLICATION}))(?=\\s*,|\\s+(?:the|all|every|police|forces?|chief|each|it|we|they|[A-Z]))`,
  "i",
);
export const DUE_AFTER_MODAL = new RegExp(
  `\\b(?:should|must)(?:,\\s*|\\s+)(?:(immediately|urgently|with immediate effect|as a matter of (?:urgency|priority))|((?:by|before|no later than|not later than) ${DATE})|(within ${DEADLINE_SPAN}${OF_PUBLICATION}?|within ${SHORT_SPAN}${OF_PUBLICATION}))\\b`,
  "i",
);
export const DUE_TAIL = new RegExp(`\\b((?:by|no later than|not later than) ${DATE}|within ${DEADLINE_SPAN}${OF_PUBLICATION}|within ${SHORT_SPAN}${OF_PUBLICATION})\\s*[.;]?\\s*$`, "i");
/** A recommendation that is itself urgent ("Immediate review of …"). */
export const DUE_IMMEDIATE_NOUN = /^immediate(?:ly)?\b/i;

/**
 * Lines that start the status log and force comments the HMICFRS recommendations pages show
 * under each recommendation; nothing after them belongs to the recommendation.
 */
export const STATUS_LOG_START = /^(?:status\b|recommendation status\b|current status\b|progress\b|progress update\b|force (?:comment|update|response|position)s?\b|hmicfrs (?:comment|update|assessment)s?\b|comments?\s*:|update\s*:|updates?$|last updated\b|date (?:updated|of update)\b|rag\b|owner\s*:|lead\s*:|evidence\s*:|accepted\b|not accepted\b|completed\b|complete$|closed\b|open$|in progress\b|ongoing$|not started\b|partially (?:completed|met)\b|superseded\b|rejected\b|achieved\b|not yet (?:started|due)\b|on track\b|overdue\b|view (?:the )?(?:report|update)s?\b)/i;

/** A cell or a line that is only a status or a RAG rating. */
export const STATUS_WORD = /^(?:completed?|closed|open|in progress|ongoing|not started|accepted|not accepted|partially (?:completed|met)|superseded|rejected|achieved|on track|overdue|red|amber|green|blue|n\/a|yes|no|tbc|-)$/i;

/** Table header cells, and the column the recommendation text sits in. */
export const TABLE_TEXT_HEADER = /^(?:recommendations?|recommendation text|cause of concern|area for improvement|afi|details?|description|text)$/i;
export const TABLE_HEADER_WORD = /^(?:no\.?|number|ref(?:erence)?|id|#|portal id|recommendations?|recommendation text|status|rag|force|owner|lead|due(?: date)?|timescale|deadline|update|comments?|progress|report|inspection|date|type|category|cause of concern|area for improvement|afi|details?|description|text|action|actions)$/i;

/** Counting words for "eight recommendations". */
export const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};

/** Hyphenated prefixes that stay hyphenated when a line breaks after them ("co-\nordinated"). */
export const KEEP_HYPHEN_PREFIXES = new Set([
  "co", "non", "self", "cross", "multi", "well", "wrap", "face", "ex", "anti", "so", "long", "short", "high", "low",
  "early", "full", "part", "cyber", "first", "second", "third", "front", "joined", "child", "follow", "decision",
]);

/** Inspectorates as a report names them. */
export const INSPECTORATES: { name: string; pattern: RegExp }[] = [
  { name: "HMICFRS", pattern: /\b(?:HMICFRS|HMIC|(?:Her|His) Majesty[’']s Inspectorate of Constabulary)\b/i },
  { name: "HMCPSI", pattern: /\b(?:HMCPSI|HM Crown Prosecution Service Inspectorate|(?:Her|His) Majesty[’']s Crown Prosecution Service Inspectorate)\b/i },
  { name: "HMI Probation", pattern: /\b(?:HMI Probation|HM Inspectorate of Probation|(?:Her|His) Majesty[’']s Inspectorate of Probation)\b/i },
  { name: "HMI Prisons", pattern: /\b(?:HMI Prisons|HM Inspectorate of Prisons|(?:Her|His) Majesty[’']s Inspectorate of Prisons)\b/i },
  { name: "Ofsted", pattern: /\bOfsted\b/ },
  { name: "CQC", pattern: /\b(?:CQC|Care Quality Commission)\b/ },
];

/** Labels a report or a form puts before its title and publication date. */
export const TITLE_LABEL = /^(?:inspection title|report title|title of (?:the )?(?:report|inspection)|title|report name|inspection|report)\s*:\s*(.*)$/i;
export const DATE_LABEL = /^(?:date published|published on|publication date|date of publication|published|report published|date)\s*:?\s*(.*)$/i;
