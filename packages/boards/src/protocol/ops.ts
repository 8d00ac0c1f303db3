import { z } from "zod";

const Path = z.array(z.union([z.string(), z.number().int().nonnegative()])).min(1);

/**
 * One change to a board's JSON document. Three verbs are enough for every board so far:
 * `set` a value at a path (creating objects on the way), `unset` a key, and `unshift` onto a capped
 * list (newest first), which keeps "recent …" feeds small on the wire.
 */
export const BoardOp = z.discriminatedUnion("op", [
  z.object({ op: z.literal("set"), path: Path, value: z.unknown() }),
  z.object({ op: z.literal("unset"), path: Path }),
  z.object({ op: z.literal("unshift"), path: Path, value: z.unknown(), max: z.number().int().positive() }),
]);
export type BoardOp = z.infer<typeof BoardOp>;
type PathSegment = string | number;

type Json = unknown;

const isRecord = (value: Json): value is Record<PathSegment, Json> =>
  typeof value === "object" && value !== null;

/** Copies the container at `target` so an update never mutates what a caller (or React) still holds. */
const shallowCopy = (target: Json): Record<PathSegment, Json> | Json[] => {
  if (Array.isArray(target)) return [...target];
  if (isRecord(target)) return { ...target };
  return {};
};

const updateAt = (
  node: Json,
  path: readonly PathSegment[],
  change: (current: Json) => Json | undefined,
): Json => {
  const [head, ...rest] = path;
  if (head === undefined) return change(node);
  const copy = shallowCopy(node) as Record<PathSegment, Json>;
  const next = updateAt(Object.hasOwn(copy, head) ? copy[head] : undefined, rest, change);
  if (next === undefined) {
    if (Array.isArray(copy)) copy.splice(Number(head), 1);
    else delete copy[head];
  } else if (Array.isArray(copy)) copy[head] = next;
  // defineProperty, not assignment: a key such as "__proto__" must become data, never the prototype.
  else
    Object.defineProperty(copy, head, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
};

/** Applies ops in order, returning a new document that shares every untouched branch with the old one. */
export function applyOps<Data>(data: Data, ops: readonly BoardOp[]): Data {
  let doc: Json = data;
  for (const op of ops) {
    switch (op.op) {
      case "set":
        doc = updateAt(doc, op.path, () => op.value);
        break;
      case "unset":
        doc = updateAt(doc, op.path, () => undefined);
        break;
      case "unshift":
        doc = updateAt(doc, op.path, (list) =>
          [op.value, ...(Array.isArray(list) ? list : [])].slice(0, op.max),
        );
        break;
    }
  }
  return doc as Data;
}

/** A deep copy of a JSON-like value, so a board never shares an object with an event, an op or a delta. */
export function cloneJson<Value>(value: Value): Value {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as Value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(copy, key, cloneJson((value as Record<string, unknown>)[key]));
  return copy as Value;
}

/** Assigns as data; only "__proto__" needs defineProperty (assignment would change the prototype). */
export const setOwn = (target: Record<PathSegment, Json>, key: PathSegment, value: Json): void => {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
};

/**
 * What one op did to a board's stored part (see board-parts.ts): a top-level field as a whole (`entry`
 * undefined), or one entry of a top-level record. `kept` changed it where it stands; `moved` (re)created it,
 * so it now comes last in its object's key order; `removed` took it out. Told as arguments, not an object:
 * it is heard once per op while a rebuild runs.
 */
export type PartHow = "kept" | "moved" | "removed";
export type OnPart = (field: string, entry: string | undefined, how: PartHow) => void;

/** A plain object (not an array): the kind of top-level field stored one entry per row. */
export const isRecordValue = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Applies ops to `data` itself, with the same result as `applyOps` but without copying: the projector
 * owns its working boards, and copying every container on a path per op made a board's cost per op
 * grow with its size. Values are cloned on the way in, so later ops never reach into an op or an event.
 * `onPart` (when given) hears which stored part each op changed, so only those are written again.
 * Returns the document (a new one only when `data` was not an object).
 */
export function applyOpsInPlace<Data>(data: Data, ops: readonly BoardOp[], onPart?: OnPart): Data {
  const root: Json = isRecord(data) ? data : {};
  for (const op of ops) {
    if (!onPart) {
      applyOne(root as Record<PathSegment, Json>, op);
      continue;
    }
    const top = root as Record<string, Json>;
    const field = String(op.path[0]);
    const had = Object.hasOwn(top, field);
    const record = had ? top[field] : undefined;
    if (op.path.length === 1 || !isRecordValue(record)) {
      applyOne(top, op);
      const has = Object.hasOwn(top, field);
      onPart(field, undefined, !has ? "removed" : had ? "kept" : "moved");
      continue;
    }
    // An op inside a record changes one entry; the record itself stays the same object.
    const entry = String(op.path[1]);
    const hadEntry = Object.hasOwn(record, entry);
    applyOne(top, op);
    const hasEntry = Object.hasOwn(record, entry);
    onPart(field, entry, !hasEntry ? "removed" : hadEntry ? "kept" : "moved");
  }
  return root as Data;
}

const applyOne = (root: Record<PathSegment, Json>, op: BoardOp): void => {
  const parent = containerAt(root, op.path);
  const key = op.path[op.path.length - 1] as PathSegment;
  switch (op.op) {
    case "set":
      if (Array.isArray(parent)) parent[Number(key)] = cloneJson(op.value);
      else setOwn(parent, key, cloneJson(op.value));
      break;
    case "unset":
      if (Array.isArray(parent)) {
        if (Object.hasOwn(parent, key)) parent.splice(Number(key), 1);
      } else delete parent[key];
      break;
    case "unshift": {
      const list = Object.hasOwn(parent, key) ? parent[key as keyof typeof parent] : undefined;
      const next = [cloneJson(op.value), ...(Array.isArray(list) ? list : [])].slice(0, op.max);
      if (Array.isArray(parent)) parent[Number(key)] = next;
      else setOwn(parent, key, next);
      break;
    }
  }
};

/** The container holding the path's last segment, creating (or replacing non-objects with) `{}` on the way. */
const containerAt = (
  root: Record<PathSegment, Json>,
  path: readonly PathSegment[],
): Record<PathSegment, Json> | Json[] => {
  let node: Record<PathSegment, Json> | Json[] = root;
  for (let index = 0; index < path.length - 1; index++) {
    const segment = path[index] as PathSegment;
    const child = Object.hasOwn(node, segment) ? (node as Record<PathSegment, Json>)[segment] : undefined;
    if (isRecord(child)) {
      node = child as Record<PathSegment, Json> | Json[];
      continue;
    }
    const created: Record<PathSegment, Json> = {};
    if (Array.isArray(node)) node[Number(segment)] = created;
    else setOwn(node, segment, created);
    node = created;
  }
  return node;
};

/** The value stored under `key` in a board record, never one inherited from Object.prototype. */
export const own = <Value>(record: Record<string, Value>, key: string): Value | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
