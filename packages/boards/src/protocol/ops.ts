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

/** The value stored under `key` in a board record, never one inherited from Object.prototype. */
export const own = <Value>(record: Record<string, Value>, key: string): Value | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
