import { type BoardOp, own } from "./protocol/ops.ts";

/**
 * Display names a projection keeps in its memory, by what they name (people, teams, posts, items),
 * filled from the registration events it handles, so it never reads the catalogue.
 */
export type Names<Category extends string> = Record<Category, Record<string, string>>;

/** Remembers one name. */
export const nameOp = (category: string, id: string, name: string): BoardOp => ({
  op: "set",
  path: [category, id],
  value: name,
});

/** The name remembered for an id, or the id itself for something never registered (a stray reference). */
export const nameOf = <Category extends string>(
  names: Names<Category> | undefined,
  category: Category,
  id: string,
): string => (names ? own(names[category], id) : undefined) ?? id;
