/**
 * Parts of a response that are not answers to recommendations: areas for improvement (AFIs),
 * causes of concern, and sentences that only restate what the report found. A reviewer never
 * credits a recommendation with an AFI's answer, however much the two share a topic.
 */
import type { Line } from "./anchors";
import { sentences } from "./answered";

/** "Area for improvement 2", "AFI 3", "Cause of concern 1", and the headings over them. */
const OTHER_FINDING = /^(?:\(?\d{1,3}[.)]\s*)?(?:areas?\s+for\s+improvement|afis?\b|causes?\s+of\s+concern|innovative\s+practice|notable\s+practice)/i;
/** What ends such a part: the recommendations again ("Recommendation 2", "Recommendations"). */
const RECOMMENDATIONS = /^(?:\(?\d{1,3}[.)]\s*)?(?:recommendations?\b|rec\.?\s*\d|r\d{1,3}\b)/i;

/**
 * Marks lines belonging to an AFI or cause of concern (`other`): from its label or heading up to
 * the next recommendation label, "Recommendations" line, or a heading of another kind.
 */
export function markOtherFindings(lines: Line[]): void {
  let inOther = false;
  for (const line of lines) {
    if (OTHER_FINDING.test(line.text)) inOther = true;
    else if (RECOMMENDATIONS.test(line.text) || line.heading !== undefined || line.stop) inOther = false;
    if (inOther) line.other = true;
  }
}

/** Sentences that report the inspection ("The report found that ...") rather than answer it. */
const REPORT_SAYS =
  /\b(?:report|inspection|inspectorate|hmicfrs|hmcpsi|inspectors?)\s+(?:\w+\s+){0,2}?(?:found|finds|identified|identifies|highlight(?:s|ed)|noted|notes|recommend(?:s|ed)|concluded|says|said|states|stated|asked|asks|calls?|called|sets?\s+out|makes?|made|published|examined|looked)\b|\bpublished\s+(?:its|the|a)\s+report\b/i;

/** A line without the sentences that only restate the report (for reading by topic). */
export function withoutReportFindings(text: string): string {
  if (!REPORT_SAYS.test(text)) return text;
  return [...sentences(text)].filter((s) => !REPORT_SAYS.test(s)).join(" ");
}

/** "I have received the Chief Constable's response, which is attached": the answers are elsewhere. */
const ATTACHED =
  /\b(?:response|reply|action plan|update|comments)\b[^.]{0,100}?\b(?:is|are|has been|have been)\s+(?:attached|enclosed|appended)|\b(?:i|we)\s+(?:attach|enclose)\b[^.]{0,80}?\b(?:response|reply|action plan)\b/i;
export const saysResponseIsAttached = (lines: Line[]) => lines.some((l) => ATTACHED.test(l.text));
