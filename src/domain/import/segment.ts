/**
 * Finds the recommendations (causes of concern, areas for improvement) in report lines: where
 * each starts, what text belongs to it, and which lines are its sub-parts. Everything else (the
 * narrative, minutes' other "should" sentences, status logs, table cells) is left out.
 */
import type { RecommendationKind } from "../catalog/types";
import type { Line } from "./clean";
import { classify } from "./classify";
import { endsSentence, isOtherHeading, isRecLike, nextIsContinuation, nextText, previousText, startsRecommendation } from "./lineContext";
import { rowItem, tableHeader, type TableHeader } from "./table";
import { CONTINUATION_STARTS, DATE_LABEL, LIST_LEAD_IN, MODALS, PARTS_LEAD_IN, TITLE_LABEL } from "./words";

/** One item as found: its lines, before the fields are read from them. */
export interface RawItem {
  kind: RecommendationKind;
  number: number | null;
  portalId: string | null;
  lines: string[];
  /** Each part's lines. */
  parts: string[][];
  /** Lines from the report-title line of a portal page, for the inspection's title. */
  portalTitle?: string;
  /** Where it starts, for ordering and messages. */
  at: number;
}

export interface Segmented {
  items: RawItem[];
  /** "8 recommendations" as the report counts them, per kind, where it says so. */
  statedCounts: Partial<Record<RecommendationKind, number>>;
  notes: string[];
}

interface Section {
  kind: RecommendationKind;
  /** How its items are marked, learned from the first one. */
  style: "unknown" | "numbered" | "paragraphs" | "bullets";
}

interface Current extends RawItem {
  /** Status log or force comments reached: the rest until the next item is not the recommendation. */
  closedText: boolean;
  /** A cause of concern whose "Recommendations" sub-heading has been reached. */
  collectingRecs: boolean;
  explicit: boolean;
}

/**
 * Walks the lines once. An item starts at a label ("Recommendation 3", "3.", "(3)", "#21912 –"),
 * a portal title line ("… (21912)"), a bullet or a paragraph inside a recommendations section, or a
 * table row; it ends at the next item, a heading, a status log, or a paragraph that neither
 * continues it nor asks anything.
 */
export function segment(lines: Line[], countStatement: (text: string) => { kind: RecommendationKind; count: number } | null): Segmented {
  const items: RawItem[] = [];
  const notes: string[] = [];
  const statedCounts: Segmented["statedCounts"] = {};
  let section: Section | null = null;
  let current: Current | null = null;
  let header: TableHeader | null = null;
  let pendingPortalId: string | null = null;
  let blankBefore = false;
  let lastNumber = 0;
  // "Inspection Title:" with its value on the next line: that line is the title, not an item.
  let skipValueOf = -1;

  const close = () => {
    if (current && (current.lines.some((l) => l.trim()) || current.parts.length)) items.push(current);
    current = null;
  };
  const start = (kind: RecommendationKind, number: number | null, portalId: string | null, at: number, explicit: boolean): Current => {
    close();
    current = { kind, number, portalId: portalId ?? pendingPortalId, lines: [], parts: [], at, closedText: false, collectingRecs: false, explicit };
    pendingPortalId = null;
    if (number !== null) lastNumber = number;
    return current;
  };
  const textOf = (c: Current) => c.lines.join(" ").trim();
  const wantsParts = (c: Current) => c.parts.length > 0 || c.collectingRecs || PARTS_LEAD_IN.test(textOf(c));
  const addPart = (c: Current, rest: string) => c.parts.push(rest ? [rest] : []);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.chrome) continue;
    if (line.cells) {
      const h = tableHeader(line.cells);
      if (h) {
        header = h;
        continue;
      }
      close();
      const row = rowItem(line.cells, header, section?.kind ?? null);
      if (row) items.push({ ...row, at: i });
      blankBefore = false;
      continue;
    }
    if (skipValueOf === i) continue;
    const u = classify(line.text);
    const cur = current as Current | null;
    const count = u.type === "text" ? countStatement(u.text) : null;
    if (count && !statedCounts[count.kind] && (!cur || !isRecLike(u.type === "text" ? u.text : ""))) {
      statedCounts[count.kind] = count.count;
    }

    switch (u.type) {
      case "blank":
        blankBefore = true;
        continue;
      case "heading": {
        if (cur && cur.kind === "cause-of-concern" && u.kind === "recommendation" && !cur.parts.length && !cur.collectingRecs) {
          cur.collectingRecs = true;
          break;
        }
        close();
        if (u.kind === "recommendation" && section?.kind === "recommendation") break;
        section = { kind: u.kind, style: "unknown" };
        lastNumber = 0;
        break;
      }
      case "label": {
        const kind = u.kind ?? section?.kind ?? "recommendation";
        // Inside a cause of concern, its recommendations are its parts.
        if (cur && cur.collectingRecs && kind === "recommendation") {
          addPart(cur, u.rest);
          break;
        }
        // "1) …" after "should include:" is a part, unless it is plainly the next item of the same list.
        if (cur && u.kind === null && u.style !== "portal" && wantsParts(cur) && u.number === cur.parts.length + 1 && !(cur.number !== null && u.number === cur.number + 1)) {
          addPart(cur, u.rest);
          break;
        }
        // "3. Any other business", "5. Conclusions": a numbered heading ends the list.
        if (u.kind === null && u.rest && !isRecLike(u.rest) && u.rest.length < 60 && !endsSentence(u.rest) && !nextIsContinuation(lines, i)) {
          close();
          section = null;
          break;
        }
        // A numbered list interrupted by commentary (minutes, letters) goes on where the next number follows the last.
        const resumes = lastNumber > 0 && u.number === lastNumber + 1 && isRecLike(u.rest);
        const listed = u.kind !== null || u.style === "portal" || section !== null || (cur?.explicit ?? false) || resumes;
        if (!listed) {
          if (cur && !cur.closedText) cur.lines.push(line.text);
          break;
        }
        if (u.kind === null && section && section.style === "unknown") section.style = "numbered";
        if (u.kind && u.kind !== (section as Section | null)?.kind && u.kind !== "recommendation") section = { kind: u.kind, style: "numbered" };
        start(kind, u.number, u.portalId, i, true).lines.push(u.rest);
        break;
      }
      case "bare": {
        // A number alone is a label when it continues the list and text starts after it; else a page number.
        const next = nextText(lines, i);
        const prev = previousText(lines, i);
        const resumes = lastNumber > 0 && u.number === lastNumber + 1 && !!next && startsRecommendation(next.text);
        const inList = section !== null || (cur?.explicit ?? false) || resumes;
        const sequential = u.number === lastNumber + 1 || (lastNumber === 0 && u.number === 1);
        const midSentence = prev && !endsSentence(prev.text) && next && /^[a-z]/.test(next.text);
        if (inList && sequential && next && !midSentence && /^[A-Z“"‘'#(]/.test(next.text)) {
          if (section && section.style === "unknown") section.style = "numbered";
          start(cur?.collectingRecs ? "cause-of-concern" : (section?.kind ?? "recommendation"), u.number, null, i, true);
        }
        continue;
      }
      case "bullet": {
        if (cur && !cur.closedText && (wantsParts(cur) || u.lettered || !section || section.style === "numbered")) {
          addPart(cur, u.rest);
          break;
        }
        if (section && !u.lettered) {
          if (section.style === "unknown") section.style = "bullets";
          if (isRecLike(u.rest) || section.kind !== "recommendation" || section.style === "bullets") {
            start(section.kind, null, null, i, false).lines.push(u.rest);
          }
        }
        break;
      }
      case "portalTitle": {
        const c = start(section?.kind ?? "recommendation", null, u.portalId, i, true);
        c.portalTitle = u.title;
        break;
      }
      case "url": {
        // A pasted recommendation address names the recommendation before it, or starts the next one.
        if (cur && !cur.portalId && !cur.closedText && cur.lines.some(Boolean)) cur.portalId = u.portalId;
        else start(cur?.kind ?? section?.kind ?? "recommendation", null, u.portalId, i, true);
        break;
      }
      case "log": {
        if (cur && (cur.lines.some(Boolean) || cur.parts.length)) cur.closedText = true;
        break;
      }
      case "text": {
        const labelled = TITLE_LABEL.exec(u.text) ?? DATE_LABEL.exec(u.text);
        if (labelled && !labelled[1].trim()) {
          skipValueOf = nextText(lines, i)?.index ?? -1;
          break;
        }
        if (isOtherHeading(lines, i) && !(cur && cur.lines.length === 0 && !cur.parts.length)) {
          const next = nextText(lines, i);
          close();
          // A sub-heading inside the list ("Governance") keeps the section when recommendations follow it.
          const nu = next ? classify(next.text) : null;
          const listGoesOn = nu && (nu.type === "label" || nu.type === "bare" || (section?.style !== "numbered" && (nu.type === "bullet" || (nu.type === "text" && startsRecommendation(nu.text)))));
          if (section && !listGoesOn) section = null;
          break;
        }
        handleText(u.text, i);
        break;
      }
    }
    blankBefore = false;
  }
  close();
  return { items, statedCounts, notes };

  function handleText(text: string, i: number) {
    const cur = current as Current | null;
    if (cur && cur.closedText) return;
    if (cur) {
      const lastPart = cur.parts[cur.parts.length - 1];
      // After a blank line, a paragraph opening "This…", "It…" continues the item only when it still
      // asks something: "This should include…" does; "This is already in place in our force" is
      // the answer under it, in a response that quotes the recommendations.
      const continues = /^[a-z]/.test(text) || (CONTINUATION_STARTS.test(text) && (!blankBefore || MODALS.test(text) || cur.collectingRecs || cur.parts.length > 0));
      if (!blankBefore) {
        // An unnumbered list without blank lines: a new sentence that asks something starts the next item.
        if (section?.style === "paragraphs" && !cur.collectingRecs && !cur.parts.length && endsSentence(textOf(cur)) && startsRecommendation(text)) {
          start(section.kind, null, null, i, false).lines.push(text);
          return;
        }
        if (lastPart && !(cur.collectingRecs && endsSentence(lastPart.join(" ")) && startsRecommendation(text))) lastPart.push(text);
        else if (lastPart) addPart(cur, text);
        else cur.lines.push(text);
        return;
      }
      if (continues && !(section?.style === "paragraphs" && startsRecommendation(text) && !/^[a-z]/.test(text))) {
        (lastPart ?? cur.lines).push(text);
        return;
      }
      if (cur.collectingRecs) {
        if (cur.parts.length || (isRecLike(text) && !PARTS_LEAD_IN.test(text))) addPart(cur, text);
        else cur.lines.push(text);
        return;
      }
      if (cur.kind === "cause-of-concern" && !cur.parts.length && section?.kind === "cause-of-concern") {
        cur.lines.push(text);
        return;
      }
      if (isRecLike(text)) {
        if (section && section.style !== "numbered" && (section.style !== "bullets" || !cur.parts.length)) {
          if (section.style === "unknown") section.style = "paragraphs";
          start(section.kind, null, null, i, false).lines.push(text);
          return;
        }
        if (cur.parts.length && !section) {
          close();
          return;
        }
        cur.lines.push(text);
        return;
      }
      // Narrative after the item: it and the list end here.
      close();
      if (section && section.kind !== "cause-of-concern") section = null;
      return;
    }
    if (section) {
      const intro = /\b(?:recommendations?|areas? for improvement|causes? of concern)\b/i.test(text) && (/:\s*$/.test(text) || !MODALS.test(text));
      if (intro) return;
      if (section.kind === "cause-of-concern" || isRecLike(text)) {
        if (section.style === "unknown") section.style = "paragraphs";
        start(section.kind, null, null, i, false).lines.push(text);
        return;
      }
      if (blankBefore) section = null;
      return;
    }
    if (LIST_LEAD_IN.test(text)) {
      const kind = /improvement/i.test(text) ? "area-for-improvement" : /concern/i.test(text) ? "cause-of-concern" : "recommendation";
      section = { kind, style: "unknown" };
      lastNumber = 0;
    }
  }
}
