/**
 * Host members for change tracking (WORD-SEMANTICS 53–55): TrackedChange(Collection) (1.6),
 * getReviewedText (1.4) and getTrackedChanges (1.6) on Body, Paragraph, Range and ContentControl,
 * and ContentControlCollection.getByChangeTrackingStates (1.5).
 */
import type { HostCtx, HostObj, MethodDef, ObjOf, Registry, TypeDef } from "./hostObjects";
import { paragraphsIn } from "./modelTree";
import type { BlockNode, ParagraphNode, TrackedChangeRecord } from "./modelTypes";
import { parasOfRange } from "./typesText";
import { changeText, changesIn, controlState, resolveChange, reviewedText } from "./tracking";

const wrap = (change: TrackedChangeRecord | undefined): HostObj | null => (change ? { t: "TrackedChange", change } : null);

export const TrackedChangeType: TypeDef<ObjOf<"TrackedChange">> = {
  props: {
    Author: { get: (o) => o.change.author },
    Date: { get: (o) => o.change.date },
    Text: { get: (o, ctx) => changeText(ctx, o.change) },
    Type: { get: (o) => o.change.type },
  },
  methods: {
    Accept: { call: (o, _a, ctx) => resolveChange(ctx, o.change, true, "TrackedChange.accept") },
    Reject: { call: (o, _a, ctx) => resolveChange(ctx, o.change, false, "TrackedChange.reject") },
    GetRange: {
      call: (o) => {
        const c = o.change;
        if (c.control) return { t: "Range", r: { kind: "node", node: c.control, part: "Whole" } };
        return { t: "Range", r: c.wholeParagraph ? { kind: "node", node: c.para, part: "Whole" } : { kind: "text", para: c.para, start: c.start, end: c.end } };
      },
    },
  },
};

function resolveAll(ctx: HostCtx, list: TrackedChangeRecord[], accept: boolean, location: string): void {
  // Resolving one change can take others with it (text of a removed paragraph): skip those.
  for (const c of list) if (ctx.model.trackedChanges.includes(c)) resolveChange(ctx, c, accept, location);
}

export const TrackedChangeCollectionType: TypeDef<ObjOf<"TrackedChangeCollection">> = {
  items: (o) => o.list().map((change) => ({ t: "TrackedChange", change })),
  methods: {
    AcceptAll: { call: (o, _a, ctx) => resolveAll(ctx, o.list(), true, "TrackedChangeCollection.acceptAll") },
    RejectAll: { call: (o, _a, ctx) => resolveAll(ctx, o.list(), false, "TrackedChangeCollection.rejectAll") },
    GetFirst: { call: (o, _a, ctx) => wrap(o.list()[0]) ?? ctx.error("ItemNotFound", "TrackedChangeCollection.getFirst") },
    GetFirstOrNullObject: { call: (o) => wrap(o.list()[0]) },
  },
};

/** getReviewedText and getTrackedChanges for a type, given its blocks and paragraphs. */
function reviewMembers<O>(blocks: (o: O, ctx: HostCtx) => readonly BlockNode[], paras: (o: O, ctx: HostCtx) => ParagraphNode[]): Record<string, MethodDef<O>> {
  return {
    GetReviewedText: { call: (o, [version], ctx) => reviewedText(ctx, blocks(o, ctx), version) },
    GetTrackedChanges: { call: (o, _a, ctx) => ({ t: "TrackedChangeCollection", list: () => changesIn(ctx, paras(o, ctx)) }) },
  };
}

function addMethods<O>(def: TypeDef<O> | undefined, methods: Record<string, MethodDef<O>>): void {
  if (def) def.methods = { ...def.methods, ...methods };
}

/** Adds the tracking members to the registry's existing types. */
export function addTrackingMembers(registry: Registry): void {
  registry.TrackedChange = TrackedChangeType;
  registry.TrackedChangeCollection = TrackedChangeCollectionType;
  addMethods(registry.Body, reviewMembers<ObjOf<"Body">>((o) => o.story.children, (o) => paragraphsIn(o.story.children)));
  addMethods(registry.ContentControl, reviewMembers<ObjOf<"ContentControl">>((o) => o.cc.children, (o) => paragraphsIn(o.cc.children)));
  addMethods(registry.Paragraph, reviewMembers<ObjOf<"Paragraph">>((o) => [o.p], (o) => [o.p]));
  addMethods(registry.Range, reviewMembers<ObjOf<"Range">>((o, ctx) => parasOfRange(ctx, o.r), (o, ctx) => parasOfRange(ctx, o.r)));
  addMethods(registry.ContentControlCollection, {
    GetByChangeTrackingStates: {
      call: (o, [states], ctx) => {
        const wanted = Array.isArray(states) ? states.map((s) => String(s).toLowerCase()) : [];
        return { t: "ContentControlCollection", list: () => o.list().filter((cc) => wanted.includes(controlState(ctx, cc).toLowerCase())) };
      },
    },
  });
}
