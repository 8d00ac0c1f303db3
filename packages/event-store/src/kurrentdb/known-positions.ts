/**
 * `$all` positions this store has seen belong to application events: appended, read, delivered or reported
 * as the head. KurrentDB can start reading `$all` only where a record starts, and a port position like
 * `checkpoint + 1` is not one; remembering real positions lets the common cases (a position the store
 * handed out, or one past it) start exactly there without a search. Bounded: the oldest are forgotten.
 */
export class KnownPositions {
  readonly #positions = new Set<number>();
  readonly #capacity: number;

  constructor(capacity = 100_000) {
    this.#capacity = capacity;
  }

  add(position: number): void {
    if (this.#positions.has(position)) return;
    this.#positions.add(position);
    if (this.#positions.size > this.#capacity) {
      const oldest = this.#positions.values().next();
      if (!oldest.done) this.#positions.delete(oldest.value);
    }
  }

  has(position: number): boolean {
    return this.#positions.has(position);
  }
}
