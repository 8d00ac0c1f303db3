/**
 * Folding a long stream must not copy its collections once per event (a stream of n contributions
 * would cost n² copies). So `evolve` takes its collections through `updatableMap`/`updatableSet`: called
 * alone, they return a copy and leave the state they were given untouched (evolve stays pure for its
 * callers); inside `foldingWith(owned, …)`, a collection that this fold created (or a collection in
 * `owned`, kept by a cache of folded states across folds) is updated in place. Whoever passes an `owned`
 * set owns the state folded with it: nobody else may rely on that state staying as it was.
 */
let owner: WeakSet<object> | undefined;

/** Runs `fold` letting evolve update in place every collection in `owned` and every one it creates. */
export function foldingWith<T>(owned: WeakSet<object>, fold: () => T): T {
  const outer = owner;
  owner = owned;
  try {
    return fold();
  } finally {
    owner = outer;
  }
}

/** `map` itself when the running fold owns it, else a copy (owned by the running fold, if any). */
export function updatableMap<K, V>(map: ReadonlyMap<K, V> | undefined): Map<K, V> {
  if (map !== undefined && owner?.has(map)) return map as Map<K, V>;
  const copy = new Map(map);
  owner?.add(copy);
  return copy;
}

/** `set` itself when the running fold owns it, else a copy (owned by the running fold, if any). */
export function updatableSet<T>(set: ReadonlySet<T>): Set<T> {
  if (owner?.has(set)) return set as Set<T>;
  const copy = new Set(set);
  owner?.add(copy);
  return copy;
}
