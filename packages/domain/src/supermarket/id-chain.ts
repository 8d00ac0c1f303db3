/**
 * The ids a stream has used, newest first, as a linked chain that every later state shares. A
 * supermarket's stream lives for years and is folded on every command, so adding an id must not copy
 * the thousands before it (copying a Set per event makes the fold quadratic). Looking one up walks the
 * chain, which happens once per decision.
 */
export interface IdChain {
  readonly id: string;
  readonly previous: IdChain | undefined;
}

/** The chain with one more id; the chain passed in is left as it was. */
export const withId = (chain: IdChain | undefined, id: string): IdChain => ({ id, previous: chain });

/** True when the id has been used. */
export const chainHas = (chain: IdChain | undefined, id: string): boolean => {
  for (let link = chain; link !== undefined; link = link.previous) {
    if (link.id === id) return true;
  }
  return false;
};
