/**
 * Answers a Query action (load): scalar properties in PascalCase, navigation properties nested,
 * collections as {_Items: [...]}. Select names arrive as the add-in wrote them ("tag", "font/size",
 * "*", "$none"); the client has already stripped "items/" (WORD-SEMANTICS 6).
 */
import type { ReferenceTable } from "./refs";
import { findKey, type HostCtx, type HostObj, type Registry, type TypeDef } from "./hostObjects";

interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface QueryEnv {
  ctx: HostCtx;
  registry: Registry;
  refs: ReferenceTable;
  /** Set by the client inside Word.run: items come back with reference ids so they stay usable. */
  autoKeep: boolean;
  /** The reference already kept for the queried object, if any. */
  keptRef?: string;
}

interface Tree {
  all: boolean;
  none: boolean;
  scalars: Set<string>;
  navs: Map<string, Tree>;
}

const emptyTree = (): Tree => ({ all: false, none: false, scalars: new Set(), navs: new Map() });

function buildTree(select: string[] | undefined, expand: string[] | undefined): Tree {
  const tree = emptyTree();
  const add = (path: string, isExpand: boolean) => {
    const parts = path.split(/[/.]/).filter(Boolean);
    let node = tree;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (part === "*") node.all = true;
      else if (part === "$none") node.none = true;
      else if (last && !isExpand) node.scalars.add(part);
      else {
        if (!node.navs.has(part)) node.navs.set(part, emptyTree());
        node = node.navs.get(part)!;
        if (last) node.all = true;
      }
    });
  };
  (select ?? []).forEach((s) => add(s.trim(), false));
  (expand ?? []).forEach((s) => add(s.trim(), true));
  // load() with no select loads every scalar property (WORD-SEMANTICS 6).
  if (!select?.length && !tree.none) tree.all = true;
  return tree;
}

function defOf(env: QueryEnv, o: HostObj): TypeDef<HostObj> {
  const def = env.registry[o.t] as TypeDef<HostObj> | undefined;
  if (!def) env.ctx.error("NotImplemented", o.t);
  return def;
}

function objectValue(env: QueryEnv, o: HostObj, tree: Tree, ref?: string): Record<string, unknown> | null {
  const def = defOf(env, o);
  if (def.items) return collectionValue(env, o, def, tree, ref);
  const out: Record<string, unknown> = {};
  if (ref) out._ReferenceId = ref;
  const props = def.props ?? {};
  if (tree.all && !tree.none) for (const [k, p] of Object.entries(props)) if (!p.noDefault) out[k] = p.get(o, env.ctx);
  for (const name of tree.scalars) {
    const key = findKey(props, name);
    if (key) out[key] = props[key].get(o, env.ctx);
    else if (findKey(def.navs, name)) tree.navs.set(name, { ...emptyTree(), all: true });
    else if (name !== "_ReferenceId" && name !== "_Id") env.ctx.error("InvalidArgument", `${o.t}.${name}`, `The property '${name}' does not exist.`);
  }
  for (const [name, sub] of tree.navs) {
    const key = findKey(def.navs, name);
    if (!key) env.ctx.error("InvalidArgument", `${o.t}.${name}`, `The property '${name}' does not exist.`);
    const target = def.navs![key](o, env.ctx);
    out[key] = target ? objectValue(env, target, sub, itemRef(env, target)) : null;
  }
  return out;
}

function collectionValue(env: QueryEnv, o: HostObj, def: TypeDef<HostObj>, tree: Tree, ref?: string, info?: QueryInfo) {
  let items = def.items!(o, env.ctx);
  if (info?.Skip) items = items.slice(info.Skip);
  if (info?.Top !== undefined) items = items.slice(0, info.Top);
  const out: Record<string, unknown> = {};
  if (ref) out._ReferenceId = ref;
  out._Items = items.map((item) => objectValue(env, item, tree, itemRef(env, item)));
  return out;
}

/** Inside Word.run (AutoKeepReference) every returned object carries a reference id. */
function itemRef(env: QueryEnv, o: HostObj): string | undefined {
  const def = defOf(env, o);
  if (!env.autoKeep || def.items) return undefined;
  return env.refs.add(o);
}

export function queryObject(o: HostObj, info: QueryInfo, env: QueryEnv): unknown {
  const tree = buildTree(info.Select, info.Expand);
  const def = defOf(env, o);
  if (def.items) return collectionValue(env, o, def, tree, env.keptRef, info);
  return objectValue(env, o, tree, env.keptRef);
}
