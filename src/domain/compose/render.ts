/** Shared pieces of composing: filling templates while collecting what was missing, titles, paragraphs. */
import type { BuiltInStyle, PlanControl, PlanNode, PlanParagraph } from "../plan";
import { fillTemplate, type TemplateValues } from "../wording/template";
import type { PlaceholderName } from "../wording/placeholders";
import { cleanParagraph, cleanPlaceholder, cleanTitle } from "../text/clean";
import type { StyledText } from "./types";

export { MAX_TITLE } from "../text/clean";

/** A title Word can show: one clean line of at most 64 characters (text/clean.ts). */
export const fitTitle = (title: string): string => cleanTitle(title);

export { recTextTag } from "../tags";

/** Every plan paragraph's text is clean (text/clean.ts): the plan holds exactly what Word will. */
export const paragraph = (text: string, style: BuiltInStyle): PlanParagraph => ({ kind: "paragraph", text: cleanParagraph(text), style });

/** Collects missing values and problems across one compose call. */
export class Filler {
  readonly missing: PlaceholderName[] = [];
  readonly problems: string[] = [];

  fill(template: string, values: TemplateValues): string {
    const r = fillTemplate(template, values);
    for (const m of r.missing) if (!this.missing.includes(m)) this.missing.push(m);
    return r.text;
  }

  /**
   * A styled paragraph, or null when the template was non-empty but every part of it was
   * optional and missing (e.g. a "[[Portal id: {inspectionPortalId}]]" line for an inspection without one).
   */
  paragraph(st: StyledText, values: TemplateValues): PlanParagraph | null {
    const text = this.fill(st.text, values);
    if (st.text.trim() !== "" && text.trim() === "") return null;
    return paragraph(text, st.style);
  }

  /** Each template line's paragraph; a value of several lines (the office address) gives one paragraph per line. */
  paragraphs(list: readonly StyledText[], values: TemplateValues): PlanParagraph[] {
    return list.flatMap((st) => {
      const text = this.fill(st.text, values);
      if (st.text.trim() !== "" && text.trim() === "") return [];
      return text.split(/\r\n?|\n/).map((line) => paragraph(line, st.style));
    });
  }

  title(template: string, values: TemplateValues): string {
    return fitTitle(this.fill(template, values));
  }
}

export function control(tag: string, title: string, children: PlanNode[], extra: Partial<PlanControl> = {}): PlanControl {
  const placeholder = extra.placeholderText === undefined ? {} : { placeholderText: cleanPlaceholder(extra.placeholderText) };
  return { kind: "control", tag, title: fitTitle(title), ...extra, ...placeholder, children };
}
