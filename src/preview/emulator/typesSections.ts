/**
 * Sections, only so headers and footers can be reached (document.sections.getFirst().getHeader):
 * the model has one section with one primary header and footer story (WORD-SEMANTICS 33).
 */
import type { HostCtx, HostObj, ObjOf, TypeDef } from "./hostObjects";

function story(ctx: HostCtx, which: "header" | "footer", type: unknown, location: string): HostObj {
  const ok = ["Primary", "FirstPage", "EvenPages"].some((t) => typeof type === "string" && t.toLowerCase() === type.toLowerCase());
  if (!ok) ctx.error("InvalidArgument", location);
  return { t: "Body", story: ctx.model[which] };
}

export const SectionType: TypeDef<ObjOf<"Section">> = {
  navs: { Body: (_o, ctx) => ({ t: "Body", story: ctx.model.body }) },
  methods: {
    GetHeader: { call: (_o, [type], ctx) => story(ctx, "header", type, "Section.getHeader") },
    GetFooter: { call: (_o, [type], ctx) => story(ctx, "footer", type, "Section.getFooter") },
    GetNextOrNullObject: { call: () => null },
    GetNext: { call: (_o, _a, ctx) => ctx.error("ItemNotFound", "Section.getNext") },
  },
};

export const SectionCollectionType: TypeDef<ObjOf<"SectionCollection">> = {
  items: () => [{ t: "Section" }],
  methods: {
    GetFirst: { call: () => ({ t: "Section" }) },
    GetFirstOrNullObject: { call: () => ({ t: "Section" }) },
  },
};
