/**
 * The s.55(5B) test (Police Act 1996, as amended in 2017): for each recommendation the comments
 * must explain what action has been taken or is proposed, or why none is to be taken. An answer
 * that only acknowledges the recommendation ("Noted.", "We welcome this recommendation.", "The
 * Constabulary is aware of this recommendation.", "This will be considered.", "We do not accept
 * this recommendation." with no reason) keeps its status and gets a warning.
 *
 * The rule, sentence by sentence, after the acknowledging phrases are taken out:
 * - an action passes: done ("has introduced", "was trained", "is already in place", "complies"),
 *   under way ("is reviewing", "work is being undertaken") or planned ("will publish", "plans to");
 *   also a present practice named by its verb ("our officers record…", "my office attends…"), and
 *   a thing agreed, signed, approved or published ("agreed a joint protocol", "the plan was
 *   signed off") — but not "agreed with the recommendation" or "agreed to consider it";
 * - a reason passes: "because", "due to", "does not apply", "outside our remit"…, or another body
 *   responsible (the deferral rule of answered.ts);
 * - a refusal passes only with a reason.
 * The word lists are all here, so a reviewer can read and extend them.
 */
import { handsOff, sentences } from "./answered";
import { cleanText, snippet } from "./text";

/** Phrases that acknowledge without committing to anything; removed before looking for action. */
const ACKNOWLEDGING: RegExp[] = [
  // What is only to be considered is not an action: "will consider introducing a protocol", "are
  // exploring setting up a panel" (up to the next clause that does something: "… and will train").
  /\b(?:will|shall|would|may|might|could|to|are|is|am)\s+(?:be\s+)?(?:carefully\s+|further\s+|also\s+|now\s+)?(?:consider(?:ing)?|explor(?:e|ing)|look(?:ing)? (?:at|into))\s+(?:whether|if|how|[a-z]+ing)\b[^.;,]*?(?=\s+and\s+(?:then\s+)?(?:will|we|i|the|has|have|is|are)\b|[.;,]|$)/gi,
  // Signing up to the recommendation's aims is agreeing with it: "signed up to the principles of the recommendation".
  /\b(?:(?:has|have|had)\s+)?sign(?:s|ed|ing)?\s+up\s+to\s+(?:the\s+)?(?:(?:principles?|spirit|aims?|intent(?:ions?)?|ambitions?)\s+(?:of|behind)\s+)?(?:the\s+|this\s+|these\s+|its\s+)?(?:recommendations?|report|findings|it|this)\b/gi,
  /\b(?:will|shall|would|may|might|could|to)\s+(?:be\s+)?(?:carefully\s+|fully\s+|further\s+|duly\s+)?(?:consider(?:ed)?|not(?:ed|e)|reflect(?:ed)? (?:on|upon)|look(?:ed)? (?:at|into)|discuss(?:ed)?|explor(?:e|ed)|respond(?:ed)?(?: to)?|taken? into account|kept? in mind|bor?ne in mind|welcomed?|acknowledged?|examined?)\b/gi,
  /\b(?:is|are|am|was|were|has been|have been|remains?)\s+(?:fully\s+|very\s+|well\s+|now\s+)?(?:aware|noted|welcomed|acknowledged|accepted|pleased|delighted|grateful|committed|interested|concerned|disappointed|encouraged|mindful|supportive|content)\b/gi,
  /\b(?:has|have|had)\s+(?:been\s+)?(?:made\s+aware|received|read|seen|had sight|taken note|considered|reflected|assured|reassured|informed|told|advised)\b/gi,
  /\b(?:is|are|am)\s+(?:currently\s+|now\s+|still\s+|carefully\s+)?(?:considering|noting|welcoming|reflecting|looking at|looking into|exploring whether|awaiting sight)\b/gi,
  // What the recommendation asks is not what was done: "the recommendation to review…", "forces should…".
  /\brecommendations?\s+(?:to|that|for|which|calling)\b[^.;]*/gi,
  /\b(?:should|must|ought to)\b[^.;]*/gi,
  // The report and the recommendation happened too: "the report published in July" is not an action.
  /\b(?:reports?|inspections?|recommendations?|findings?)\s+(?:which\s+|that\s+)?(?:was|were|has been|have been|is|are)?\s*(?:published|made|issued|released|carried out|conducted|undertaken|set out|presented|received|produced)\b[^.;,]*/gi,
  /\bpublished\s+(?:by|on|in)\b[^.;,]*/gi,
  /\bin due course\b/gi,
];

/**
 * Verbs that acknowledge when their object is the recommendation ("we agree with…", "the PCC
 * endorses the report") and act when it is something made ("agreed a protocol"): removed only
 * after DECIDED has looked for a made thing (below).
 */
const BARE_ACKNOWLEDGING =
  /\b(?:note|notes|noted|noting|welcome|welcomes|welcomed|welcoming|acknowledge|acknowledges|acknowledged|accept|accepts|accepted|agree|agrees|agreed|support|supports|supported|recognise|recognises|recognised|recognize|recognizes|recognized|thank|thanks|endorse|endorses|endorsed)\b/gi;

/**
 * Things an organisation makes, agrees or puts in place: the object that turns "agreed", "signed",
 * "approved", "published" into an action. Never the recommendation, the report or its findings.
 */
const MADE_THINGS =
  "(?:(?:joint |new |revised |formal |local |action |delivery |improvement )?(?:protocols?|plans?|polic(?:y|ies)|procedures?|frameworks?|strateg(?:y|ies)|agreements?|memorand(?:um|a)(?: of understanding)?|mou|charters?|panels?|boards?|groups?|forums?|teams?|units?|processe?s?|pathways?|timetables?|timescales?|budgets?|funding|contracts?|services?|schemes?|programmes?|programs?|initiatives?|toolkits?|guidance|guides?|training|terms of reference|approach(?:es)?|models?|arrangements?|partnerships?|standards?|targets?|measures|specifications?|checklists?|templates?|campaigns?|surveys?|dashboards?|trackers?|systems?|structures?|posts?|roles?|leads?|co-?ordinators?|champions?|grants?|bids?|business cases?|milestones?|deadlines?|audits?|reviews?|actions?|data|figures|statistics|results|updates?|principles? of (?!the recommendation|the report)\\w+|governance|meetings?|escalation routes?|referral routes?))";

/** Verbs whose object decides whether they act (see MADE_THINGS), in done and planned forms. */
const DECIDING_VERBS =
  "(?:agree[sd]?|agreeing|sign(?:s|ed|ing)?(?: up to| off)?|approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|publish(?:es|ed|ing)?|finalis(?:e|es|ed|ing)|finaliz(?:e|es|ed|ing)|formalis(?:e|es|ed|ing)|formaliz(?:e|es|ed|ing))";
const DECIDING_PARTICIPLES = "(?:agreed|signed(?: off)?|approved|endorsed|ratified|published|finalised|finalized|formalised|formalized|adopted|launched|commissioned|introduced|established|created|produced|drafted|set up|put in place)";
/** Words that end the object's search: what follows is a clause about the recommendation, not a thing. */
const GAP_WORD = "(?!(?:that|with|to|on|in|for|by|from|at|about|of|as|whether|how|if|recommendations?|reports?|findings?|inspections?|importance|need|view|principle|it)\\b)[\\w'’-]+";

/**
 * An agreement, signature, approval or publication of something made: "agreed a joint protocol",
 * "signed a memorandum of understanding", "will approve the revised plan", "the protocol was
 * agreed in June". Not "agreed with the recommendation", "agreed to consider this" (the
 * considering is taken out first) or "agreed that it is important".
 */
const DECIDED: RegExp[] = [
  new RegExp(`\\b${DECIDING_VERBS}\\s+(?:on\\s+|upon\\s+)?(?:${GAP_WORD}\\s+){0,4}?${MADE_THINGS}\\b`, "i"),
  new RegExp(`\\b${MADE_THINGS}\\b[^.;]{0,60}?\\b(?:has|have|had|was|were|is|are|will|shall)\\s+(?:(?:now|also|since|recently|already|formally|jointly|been|be|being)\\s+)*${DECIDING_PARTICIPLES}\\b`, "i"),
];

/** Verbs of doing, in the forms that state a practice (not their nouns). */
const PRACTICE_VERBS = [
  "monitor(?:s|ed|ing)?", "audit(?:s|ed|ing)?", "train(?:s|ed|ing)?", "record(?:s|ed|ing)?", "publish(?:es|ing)?", "deliver(?:s|ed|ing)?",
  "implement(?:s|ed|ing)?", "introduc(?:es|ed|ing)", "establish(?:es|ed|ing)?", "develop(?:s|ed|ing)?", "ensur(?:e|es|ed|ing)",
  "provid(?:e|es|ed|ing)", "collect(?:s|ed|ing)?", "captur(?:e|es|ed|ing)", "track(?:s|ed|ing)?", "review(?:s|ed|ing)", "attend(?:s|ed|ing)?",
  "chair(?:s|ed|ing)", "scrutini[sz](?:e|es|ed|ing)", "oversee(?:s|ing)?", "oversaw", "commission(?:s|ed|ing)", "funded", "fund(?:s|ing)? (?:the|a|an|two|three|new)",
  "invest(?:s|ed|ing|ment)", "appoint(?:s|ed|ing)?", "recruit(?:ed|ing)", "launch(?:es|ed|ing)?", "pilot(?:s|ed|ing)", "embed(?:s|ded|ding)?",
  "adopt(?:s|ed|ing)?", "updat(?:e|es|ed|ing)", "refresh(?:es|ed|ing)?", "amend(?:s|ed|ing)", "revis(?:e|es|ed|ing)", "upgrad(?:e|es|ed|ing)",
  "roll(?:s|ed|ing)? out", "set(?:s|ting)? up", "put(?:s|ting)? in place", "work(?:s|ed|ing)? (?:with|closely|together|in partnership|alongside)",
  "meet(?:s|ing)? (?:with|monthly|weekly|quarterly|regularly)", "hold(?:s|ing)?", "held", "operat(?:es|ed|ing)", "allocat(?:e|es|ed|ing)", "assign(?:s|ed|ing)",
  "task(?:s|ed|ing)", "brief(?:s|ed|ing)", "issued", "circulat(?:es|ed|ing)", "check(?:s|ed|ing)", "test(?:s|ed|ing)", "dip[- ]?sampl(?:e|es|ed|ing)",
  "quality[- ]assur(?:e|es|ed|ing)", "measur(?:es|ed|ing) (?:the|how|our|its|progress|performance)", "report(?:s|ed|ing)? (?:to|on) (?:the|a|our|my|its)",
  "invit(?:e|es|ed|ing)", "engag(?:es|ed|ing)",
  // Done, in the past tense letters use for what was decided or made ("created a team", "secured
  // funding", "began in May"); past forms only where the present also names an aim ("to improve").
  "creat(?:es|ed)", "produc(?:es|ed)", "drafted", "designed", "devised", "formed (?:a|an|the|two|three|new|joint)", "began", "begun", "start(?:s|ed) (?:to|in|on|a|an|the|work|using|recording|training)",
  "conducted", "carr(?:ies|ied) out", "undert(?:akes|ook)", "award(?:s|ed)", "procured", "purchased", "bought", "secured", "deployed", "hired", "employ(?:s|ed)",
  "expanded", "extended", "increased", "strengthened", "improved", "enhanced", "redesigned", "restructured", "replaced", "mandated", "initiated", "instigated", "convened",
  "met (?:with|monthly|weekly|fortnightly|quarterly|regularly|twice|every|each|for the first time)", "wrote to", "written to", "raised (?:this|it|the matter|the issue|concerns?) with", "asked (?:the|my|our|all|each|every) [a-z ]{0,30}?to", "consult(?:s|ed|ing)", "run(?:s|ning)?", "offer(?:s|ed|ing)?", "call(?:s|ed|ing)", "contact(?:s|ed|ing)", "visit(?:s|ed|ing)", "send(?:s|ing)?", "sent", "share(?:s|d)?", "sharing", "use(?:s|d)?", "using",
];

/** Done, under way or planned, in the words answers use. */
const ACTION: RegExp[] = [
  // Done: present perfect and past passive ("has introduced", "have set up", "was trained").
  /\b(?:has|have|had)\s+(?:(?:now|already|also|recently|since|successfully|fully|\w+ly)\s+)*(?:been\s+)?(?!(?:not|no|been|a|an|the|to|some|any|this|that|these|those|it|its|our|their|his|her|my|your|all|each|every|many|much|more|such|only|yet)\b)[a-z]{3,}/i,
  /\b(?:was|were)\s+(?:(?:then|also|recently|successfully|fully)\s+)*(?:[a-z]+ed|set up|put in place|made|held|run|built|given|taken|sent|begun|done|undertaken|written|met)\b/i,
  // Under way: progressive, active or passive ("is reviewing", "is being undertaken").
  /\b(?:am|is|are)\s+(?:(?:now|currently|already|actively|also|still|continually|constantly)\s+)*(?:being\s+[a-z]{3,}|(?!being\b|going\b|(?:some|no|any|every)thing\b|during\b|morning\b|evening\b|willing\b|interesting\b|concerning\b|encouraging\b|disappointing\b|pleasing\b)[a-z]{2,}ing)\b/i,
  // Planned ("will publish", "plans to", "is due to").
  /\b(?:will|shall|intends?\s+to|plans?\s+to|aims?\s+to|proposes?\s+to|(?:is|are)\s+(?:due|going|scheduled|set)\s+to|expects?\s+to|(?:has|have)\s+(?:agreed|committed)\s+to)\s+(?:(?:also|now|then|continue to|further|fully|be)\s+)*[a-z]{3,}/i,
  // In place, or a practice stated as one ("is always considered", "are now called").
  /\b(?:in place|already|complies|comply|complied|compliant|compliance|embedded|established|routinely|as standard|business as usual|action plan|improvement plan|work ?stream|under way|underway|in progress|ongoing|on-going|continues? to|completed|implemented|introduced|mandatory)\b/i,
  /\b(?:is|are)\s+(?:always|now|regularly|consistently|routinely|automatically|also)\s+[a-z]+(?:ed|en|t)\b/i,
  /\b(?:now|routinely|always|regularly)\s+(?!is\b|was\b|has\b|does\b|this\b|thus\b)[a-z]{3,}(?:s|ed)\b/i,
  // A rule now in force, said as what can no longer happen ("reports now cannot be closed until…",
  // "a case can no longer be filed without…", "files may now only be closed by…"). "Must" is not
  // here: it is how recommendations are worded, and is removed above with what follows it.
  /\b(?:now\s+(?:cannot|can\s*not|can't|may\s+not|can\s+only|may\s+only)|can\s+no\s+longer|(?:can|may)\s+now(?:\s+only)?)\s+be\s+[a-z]+(?:ed|en|t)\b/i,
  // A present practice named by its verb ("our officers record…", "my office attends…"): verb forms
  // only, never the nouns ("investigation", "inspection", "attendance", "Commissioner").
  new RegExp(`\\b(?:${PRACTICE_VERBS.join("|")})\\b`, "i"),
];

/** Reasons for taking no action, or for acting differently. */
const REASON: RegExp[] = [
  /\b(?:because|due to|owing to|since|given that|on the grounds? that|as a result of|for the reason|the reason)\b/i,
  /\b(?:not applicable|does not apply|do not apply|doesn't apply|not relevant to|outside (?:the |our |its |my )?(?:remit|scope|control|jurisdiction|responsibility)|no longer (?:required|needed|necessary|relevant)|not (?:within|in) (?:the |our |its |my )?(?:remit|gift|power)|for (?:national|other) bodies)\b/i,
  /\b(?:responsibility|matter|role)\s+(?:of|for)\s+(?:the\s+)?(?:home office|college of policing|npcc|cps|crown prosecution service|ministry of justice|government|national)/i,
];

/** Saying no: passes only with a reason. */
const REFUSAL = /\b(?:do(?:es)? not|don't|doesn't|will not|won't|cannot|can't|unable to)\s+(?:fully\s+)?(?:accept|agree|support|implement|adopt|take (?:this|it|the recommendation) forward|progress)\b|\b(?:reject(?:s|ed)?|not (?:be )?accepted|declined?)\b/i;

export interface S55Verdict {
  /** The answer explains an action, or why none is taken. */
  explains: boolean;
  /** The words that showed it (for "how sure" and debugging); empty when it does not. */
  evidence: string;
}

/** Applies the s.55(5B) test to one answer's text. */
export function explainsActionOrReason(text: string): S55Verdict {
  const all = cleanText(text);
  let refused = false;
  let reasoned = "";
  let acted = "";
  for (const sentence of sentences(all)) {
    if (REFUSAL.test(sentence)) refused = true;
    if (!reasoned && (REASON.some((re) => re.test(sentence)) || handsOff(sentence))) reasoned = sentence;
    let rest = sentence.replace(REFUSAL, " ");
    for (const re of ACKNOWLEDGING) rest = rest.replace(re, " ");
    if (!acted && DECIDED.some((re) => re.test(rest))) acted = sentence;
    rest = rest.replace(BARE_ACKNOWLEDGING, " ");
    if (!acted && ACTION.some((re) => re.test(rest))) acted = sentence;
    if (reasoned && acted) break;
  }
  if (refused) return reasoned ? { explains: true, evidence: snippet(reasoned) } : { explains: false, evidence: "" };
  const found = acted || reasoned;
  return found ? { explains: true, evidence: snippet(found) } : { explains: false, evidence: "" };
}
