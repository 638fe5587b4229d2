/**
 * Executes one batch (RichApi request body) on the model and answers in Word's wire format.
 * Actions run in order; the first failure stops the batch, nothing is rolled back
 * (WORD-SEMANTICS 16), and the error travels as Body.Error {Code, Message, Location, ActionIndex}.
 */
import { HostError } from "./errors";
import { findKey, type HostCtx, type HostObj, type Registry, type TypeDef } from "./hostObjects";
import { queryObject } from "./query";
import type { WordDocumentModel } from "./model";
import type { WordHostOptions } from "./options";
import { REGISTRY } from "./registry";
import type { ReferenceTable } from "./refs";

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
}

export interface ResponseBody {
  Results: Array<{ ActionId: number; Value: unknown }>;
  Error?: { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number };
}

const STATUS: Record<string, number> = { ItemNotFound: 404, InvalidArgument: 400, AccessDenied: 401, NotAllowed: 405, InvalidObjectPath: 400 };
const UNKNOWN = Symbol("unknown");

/** A failure a test injected (host.injectFailure): this batch's action at `action` fails with `code`. */
export interface InjectedFailure {
  action: number;
  code: string;
}

export function executeBatch(
  body: RequestBody,
  model: WordDocumentModel,
  options: WordHostOptions,
  refs: ReferenceTable,
  onChanged: (kinds: Set<string>) => void,
  injected?: InjectedFailure,
): ResponseBody {
  const registry: Registry = REGISTRY;
  const paths = body.ObjectPaths ?? {};
  const cache = new Map<number, HostObj | null>();
  const kept = new Map<number, string>();
  const changes = new Set<string>();
  const results: ResponseBody["Results"] = [];
  model.liveTextRanges.clear();
  for (const o of refs.values()) if (o.t === "Range" && o.r.kind === "text") model.liveTextRanges.add(o.r);

  const ctx: HostCtx = {
    model,
    options,
    checkWrite(location) {
      // WORD-SEMANTICS 56 (USER): writes in a read-only document fail at sync.
      if (options.readOnly) throw new HostError(options.readOnlyErrorCode, location);
    },
    checkContentEdit(location, ...nodes) {
      ctx.checkWrite(location);
      if (options.cannotEditApiEdits !== "reject") return;
      for (const n of nodes) {
        const locked = (n.kind === "control" && n.cannotEdit) || (n.kind !== "story" && n.kind !== "cell" && model.tree.controlsAround(n).some((c) => c.cannotEdit));
        // WORD-SEMANTICS 30 (INFERRED): API edits inside a cannotEdit control are rejected.
        if (locked) throw new HostError("GeneralException", location, "The content control cannot be edited.");
      }
    },
    changed(kind = "content") {
      changes.add(kind);
    },
    error(code, location, message) {
      throw new HostError(code, location, message);
    },
  };

  const typeOf = (o: HostObj): TypeDef<HostObj> => {
    const def = registry[o.t] as TypeDef<HostObj> | undefined;
    if (!def) throw new HostError("NotImplemented", o.t);
    return def;
  };

  const args = (info: ActionInfo["ArgumentInfo"]): unknown[] => {
    const list = (info?.Arguments ?? []).slice();
    const refIds = info?.ReferencedObjectPathIds ?? [];
    refIds.forEach((r, i) => {
      if (typeof r === "number" && r > 0) list[i] = evalPath(r);
    });
    return list;
  };

  const callMethod = (o: HostObj, name: string, a: unknown[]): unknown => {
    const def = typeOf(o);
    const key = findKey(def.methods, name);
    if (key) return def.methods![key].call(o, a, ctx);
    // Items reached without a reference come back through GetItemAt(index).
    if (name === "GetItemAt" && def.items) {
      const item = def.items(o, ctx)[Number(a[0])];
      if (!item) throw new HostError("ItemNotFound", `${o.t}.getItemAt`);
      return item;
    }
    return UNKNOWN;
  };

  function evalPath(id: number): HostObj | null {
    if (cache.has(id)) return cache.get(id)!;
    const info = paths[String(id)];
    if (!info) throw new HostError("GeneralException", "ObjectPath", `Object path ${id} is missing.`);
    let value: HostObj | null;
    /**
     * WORD-SEMANTICS 68 (INFERRED): a path built on a null object. Under "fail" (default) the batch
     * fails at sync with ItemNotFound; under "null" the result is another null object.
     */
    const fromNull = (): null => {
      if (options.nullObjectNavigation === "null") return null;
      throw new HostError("ItemNotFound", info.Name, "The parent object is a null object.");
    };
    switch (info.ObjectPathType) {
      case 1: // GlobalObject: the Word document
        value = { t: "Document" };
        break;
      case 2: {
        // NewObject: only SearchOptions, which the library builds when it sends options as an object.
        if (info.Name !== "Microsoft.WordServices.SearchOptions") throw new HostError("NotImplemented", info.Name);
        value = { t: "SearchOptions", opts: {} };
        break;
      }
      case 3: {
        // Method
        const parent = evalPath(info.ParentObjectPathId!);
        if (!parent) {
          value = fromNull();
          break;
        }
        const out = callMethod(parent, info.Name, args(info.ArgumentInfo));
        if (out === UNKNOWN) throw new HostError("NotImplemented", `${parent.t}.${info.Name}`);
        value = (out as HostObj | null) ?? null;
        break;
      }
      case 4: {
        // Property (navigation)
        const parent = evalPath(info.ParentObjectPathId!);
        if (!parent) {
          value = fromNull();
          break;
        }
        const def = typeOf(parent);
        const key = findKey(def.navs, info.Name);
        if (!key) throw new HostError("NotImplemented", `${parent.t}.${info.Name}`);
        value = def.navs![key](parent, ctx);
        break;
      }
      case 5: {
        // Indexer: getItem(key)
        const parent = evalPath(info.ParentObjectPathId!);
        if (!parent) {
          value = fromNull();
          break;
        }
        const def = typeOf(parent);
        if (!def.indexer) throw new HostError("NotImplemented", `${parent.t}.getItem`);
        value = def.indexer(parent, args(info.ArgumentInfo)[0], ctx);
        break;
      }
      case 6: {
        // ReferenceId
        const obj = refs.get(info.Name);
        if (!obj) throw new HostError("GeneralException", "ReferenceId", `The reference ${info.Name} is no longer valid.`);
        value = obj;
        break;
      }
      case 7: // NullObject
        value = null;
        break;
      default:
        throw new HostError("NotImplemented", `ObjectPathType ${info.ObjectPathType}`);
    }
    if (value && value.t === "Range" && value.r.kind === "text") {
      // Each proxy holds its own range, so edits can move it.
      value = { t: "Range", r: { ...value.r } };
      model.liveTextRanges.add(value.r as Extract<typeof value.r, { kind: "text" }>);
    }
    cache.set(id, value);
    return value;
  }

  const runAction = (a: ActionInfo): unknown => {
    switch (a.ActionType) {
      case 1: {
        // Instantiate: evaluate the path; tell the client its reference once it asked to keep one.
        const obj = evalPath(a.ObjectPathId);
        if (!obj) return null;
        const ref = kept.get(a.ObjectPathId);
        return ref ? { _ReferenceId: ref } : {};
      }
      case 2: {
        // Query (load)
        const obj = evalPath(a.ObjectPathId);
        if (!obj) return null;
        // WORD-SEMANTICS 67 (USER): some loads are answered with null (Word on the web's empty getByNamespace).
        if (typeOf(obj).queryAsNull?.(obj, ctx)) return null;
        return queryObject(obj, a.QueryInfo ?? {}, { ctx, registry, refs, autoKeep: Boolean(body.AutoKeepReference), keptRef: kept.get(a.ObjectPathId) });
      }
      case 3: {
        // Method
        const obj = evalPath(a.ObjectPathId);
        if (a.Name === "_KeepReference") {
          if (obj && !kept.has(a.ObjectPathId)) {
            const existing = paths[String(a.ObjectPathId)];
            kept.set(a.ObjectPathId, existing?.ObjectPathType === 6 ? existing.Name : refs.add(obj));
          }
          return undefined;
        }
        if (a.Name === "_RemoveReference") {
          refs.remove(String(args(a.ArgumentInfo)[0]));
          return undefined;
        }
        if (a.Name === "_RemoveAllReferences") {
          refs.clear();
          return undefined;
        }
        if (!obj) throw new HostError("ItemNotFound", a.Name);
        const out = callMethod(obj, a.Name, args(a.ArgumentInfo));
        if (out === UNKNOWN) throw new HostError("NotImplemented", `${obj.t}.${a.Name}`);
        return out && typeof out === "object" && "t" in (out as object) ? undefined : out;
      }
      case 4: {
        // SetProperty
        const obj = evalPath(a.ObjectPathId);
        if (!obj) throw new HostError("ItemNotFound", a.Name);
        const def = typeOf(obj);
        const key = findKey(def.props, a.Name);
        const prop = key ? def.props![key] : undefined;
        if (!prop?.set) throw new HostError("InvalidArgument", `${obj.t}.${a.Name}`, `The property '${a.Name}' is read-only or unknown.`);
        prop.set(obj, (a.ArgumentInfo?.Arguments ?? [])[0], ctx);
        return undefined;
      }
      case 5: // Trace
        return null;
      default:
        throw new HostError("NotImplemented", `ActionType ${a.ActionType}`);
    }
  };

  let error: ResponseBody["Error"];
  body.Actions.forEach((a, index) => {
    if (error) return; // WORD-SEMANTICS 16: stop at the first failure, keep what ran.
    if (injected && index === injected.action) {
      // host.injectFailure: this action fails as a real one would; the actions before it stay done.
      error = { Code: injected.code, Message: `Injected failure (${injected.code}).`, Location: a.Name ?? "", ActionIndex: index, HttpStatusCode: STATUS[injected.code] ?? 500 };
      return;
    }
    try {
      const value = runAction(a);
      if (value !== undefined) results.push({ ActionId: a.Id, Value: value });
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
      error = { Code: e.code, Message: e.message, Location: e.location, ActionIndex: index, HttpStatusCode: STATUS[e.code] ?? 500 };
    }
  });
  if (changes.size) {
    model.structureChanged();
    onChanged(changes);
  }
  return error ? { Results: results, Error: error } : { Results: results };
}
