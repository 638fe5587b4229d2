/** Custom XML parts and Word.SettingCollection (WORD-SEMANTICS 46–50; WordApi 1.4). */
import { XMLValidator } from "fast-xml-parser";
import type { HostCtx, HostObj, ObjOf, TypeDef } from "./hostObjects";
import { rootNamespace } from "./model";
import type { CustomXmlPartRecord } from "./modelTypes";

function validXml(ctx: HostCtx, xml: unknown, location: string): string {
  // WORD-SEMANTICS 46 (INFERRED code): invalid XML is rejected at sync with InvalidArgument.
  if (typeof xml !== "string" || xml.trim() === "" || XMLValidator.validate(xml) !== true) ctx.error("InvalidArgument", location);
  return xml;
}

const wrapPart = (part: CustomXmlPartRecord | undefined): HostObj | null => (part ? { t: "CustomXmlPart", part } : null);

function newGuid(): string {
  return `{${globalThis.crypto.randomUUID().toUpperCase()}}`;
}

export const CustomXmlPartType: TypeDef<ObjOf<"CustomXmlPart">> = {
  props: {
    Id: { get: (o) => o.part.id },
    NamespaceUri: { get: (o) => o.part.namespaceUri },
  },
  methods: {
    // WORD-SEMANTICS 48: getXml returns the whole part; setXml replaces it.
    GetXml: { call: (o, _a, ctx) => (ctx.model.customXmlParts.includes(o.part) ? o.part.xml : ctx.error("ItemNotFound", "CustomXmlPart.getXml")) },
    SetXml: {
      call: (o, [xml], ctx) => {
        const text = validXml(ctx, xml, "CustomXmlPart.setXml");
        ctx.checkWrite("CustomXmlPart.setXml");
        if (!ctx.model.customXmlParts.includes(o.part)) ctx.error("ItemNotFound", "CustomXmlPart.setXml");
        o.part.xml = text;
        o.part.namespaceUri = rootNamespace(text);
        ctx.changed("customXml");
      },
    },
    Delete: {
      call: (o, _a, ctx) => {
        ctx.checkWrite("CustomXmlPart.delete");
        const i = ctx.model.customXmlParts.indexOf(o.part);
        if (i < 0) ctx.error("ItemNotFound", "CustomXmlPart.delete");
        ctx.model.customXmlParts.splice(i, 1);
        ctx.changed("customXml");
      },
    },
  },
};

const byId = (ctx: HostCtx, list: CustomXmlPartRecord[], id: unknown) =>
  list.find((p) => typeof id === "string" && p.id.toLowerCase() === id.toLowerCase());

export const CustomXmlPartCollectionType: TypeDef<ObjOf<"CustomXmlPartCollection">> = {
  // WORD-SEMANTICS 49: unfiltered listing includes parts the add-in didn't create.
  items: (_o, ctx) => ctx.model.customXmlParts.map((part) => ({ t: "CustomXmlPart", part })),
  // WORD-SEMANTICS 48 (INFERRED): getItem on a missing id fails at sync with ItemNotFound.
  indexer: (_o, id, ctx) => wrapPart(byId(ctx, ctx.model.customXmlParts, id)) ?? ctx.error("ItemNotFound", "CustomXmlPartCollection.getItem"),
  methods: {
    Add: {
      call: (_o, [xml], ctx) => {
        const text = validXml(ctx, xml, "CustomXmlPartCollection.add");
        ctx.checkWrite("CustomXmlPartCollection.add");
        // WORD-SEMANTICS 46: Word generates the id; namespaceUri only from a root xmlns.
        const part = { id: newGuid(), namespaceUri: rootNamespace(text), xml: text };
        ctx.model.customXmlParts.push(part);
        ctx.changed("customXml");
        return { t: "CustomXmlPart", part };
      },
    },
    GetByNamespace: {
      call: (_o, [ns], ctx) => {
        // WORD-SEMANTICS 47 (MS, issue 2580): an empty namespace is rejected.
        if (typeof ns !== "string" || ns === "") ctx.error("InvalidArgument", "CustomXmlPartCollection.getByNamespace");
        return { t: "CustomXmlPartScopedCollection", namespaceUri: ns };
      },
    },
    GetCount: { call: (_o, _a, ctx) => ctx.model.customXmlParts.length },
    GetItemOrNullObject: { call: (_o, [id], ctx) => wrapPart(byId(ctx, ctx.model.customXmlParts, id)) },
  },
};

const scoped = (ctx: HostCtx, ns: string) => ctx.model.customXmlParts.filter((p) => p.namespaceUri === ns);

export const CustomXmlPartScopedCollectionType: TypeDef<ObjOf<"CustomXmlPartScopedCollection">> = {
  items: (o, ctx) => scoped(ctx, o.namespaceUri).map((part) => ({ t: "CustomXmlPart", part })),
  // WORD-SEMANTICS 67 (USER, issue 6673): on the web a load with no matching part leaves `items`
  // undefined on the client. The collection's _handleResult (clientClass.ts, like the generated
  // classes) only fills items from a non-null `_Items`, and the items getter only skips
  // PropertyNotLoaded for a null object, so the answer that does it is a null value.
  queryAsNull: (o, ctx) =>
    ctx.options.platform === "OfficeOnline" && ctx.options.webEmptyNamespaceItemsUndefined && scoped(ctx, o.namespaceUri).length === 0,
  indexer: (o, id, ctx) => wrapPart(byId(ctx, scoped(ctx, o.namespaceUri), id)) ?? ctx.error("ItemNotFound", "CustomXmlPartScopedCollection.getItem"),
  methods: {
    GetCount: { call: (o, _a, ctx) => scoped(ctx, o.namespaceUri).length },
    GetItemOrNullObject: { call: (o, [id], ctx) => wrapPart(byId(ctx, scoped(ctx, o.namespaceUri), id)) },
    // WORD-SEMANTICS 47: getOnlyItem fails unless exactly one part matches.
    GetOnlyItem: {
      call: (o, _a, ctx) => {
        const list = scoped(ctx, o.namespaceUri);
        return list.length === 1 ? wrapPart(list[0]) : ctx.error("ItemNotFound", "CustomXmlPartScopedCollection.getOnlyItem");
      },
    },
    GetOnlyItemOrNullObject: {
      call: (o, _a, ctx) => {
        const list = scoped(ctx, o.namespaceUri);
        return list.length === 1 ? wrapPart(list[0]) : null;
      },
    },
  },
};

const settingValue = (ctx: HostCtx, key: string) => {
  const raw = ctx.model.wordSettings.get(key);
  return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
};

export const SettingType: TypeDef<ObjOf<"Setting">> = {
  props: {
    Key: { get: (o) => o.key },
    Value: {
      get: (o, ctx) => settingValue(ctx, o.key),
      set: (o, v, ctx) => {
        ctx.checkWrite("Setting.value");
        ctx.model.wordSettings.set(o.key, JSON.stringify(v ?? null));
        ctx.changed("settings");
      },
    },
  },
  methods: {
    Delete: {
      call: (o, _a, ctx) => {
        ctx.checkWrite("Setting.delete");
        ctx.model.wordSettings.delete(o.key);
        ctx.changed("settings");
      },
    },
  },
};

export const SettingCollectionType: TypeDef<ObjOf<"SettingCollection">> = {
  items: (_o, ctx) => [...ctx.model.wordSettings.keys()].map((key) => ({ t: "Setting", key })),
  // WORD-SEMANTICS 50: keys are case-sensitive; getItem of a missing key fails at sync.
  indexer: (_o, key, ctx) =>
    typeof key === "string" && ctx.model.wordSettings.has(key) ? { t: "Setting", key } : ctx.error("ItemNotFound", "SettingCollection.getItem"),
  methods: {
    // WORD-SEMANTICS 50: add creates or overwrites.
    Add: {
      call: (_o, [key, value], ctx) => {
        if (typeof key !== "string" || key === "") return ctx.error("InvalidArgument", "SettingCollection.add");
        ctx.checkWrite("SettingCollection.add");
        ctx.model.wordSettings.set(key, JSON.stringify(value ?? null));
        ctx.changed("settings");
        return { t: "Setting", key };
      },
    },
    DeleteAll: {
      call: (_o, _a, ctx) => {
        ctx.checkWrite("SettingCollection.deleteAll");
        ctx.model.wordSettings.clear();
        ctx.changed("settings");
      },
    },
    GetCount: { call: (_o, _a, ctx) => ctx.model.wordSettings.size },
    GetItemOrNullObject: { call: (_o, [key], ctx) => (typeof key === "string" && ctx.model.wordSettings.has(key) ? { t: "Setting", key } : null) },
  },
};
