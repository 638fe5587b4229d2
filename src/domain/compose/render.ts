/** Shared pieces of composing: filling templates while collecting what was missing, titles, paragraphs. */
import type { BuiltInStyle, PlanControl, PlanNode, PlanParagraph } from "../plan";
import { blockTag } from "../tags";
import { fillTemplate, type TemplateValues } from "../wording/template";
import type { PlaceholderName } from "../wording/placeholders";
import type { StyledText } from "./types";

/** Word shows at most 64 characters of a control title (WORD-SEMANTICS 31). */
export const MAX_TITLE = 64;

export function fitTitle(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  return t.length <= MAX_TITLE ? t : `${t.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

/** The recommendation text's protected control inside a section: ird:block:rec-text:<inspectionId>:<recId>. */
export const recTextTag = (inspectionId: string, recId: string) => blockTag(`rec-text:${inspectionId}:${recId}`);

export const paragraph = (text: string, style: BuiltInStyle): PlanParagraph => ({ kind: "paragraph", text, style });

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

  paragraphs(list: readonly StyledText[], values: TemplateValues): PlanParagraph[] {
    return list.map((st) => this.paragraph(st, values)).filter((p): p is PlanParagraph => p !== null);
  }

  title(template: string, values: TemplateValues): string {
    return fitTitle(this.fill(template, values));
  }
}

export function control(tag: string, title: string, children: PlanNode[], extra: Partial<PlanControl> = {}): PlanControl {
  return { kind: "control", tag, title: fitTitle(title), ...extra, children };
}
