import { foldingWith } from "./fold-ownership.ts";
/** A domain event before it is stored: its type and data, nothing else. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** What a decision may know about the world beyond the stream: injected, so tests pin it. */
export interface DecideContext {
  /** Today's date (YYYY-MM-DD) in the community's time zone. */
  today: string;
}

/**
 * One context's rules: `decide` returns the events a command produces or throws a DomainError;
 * `evolve` folds one event into the state. Both are pure.
 */
export interface Decider<Command, Event extends DomainEvent, State, Context = DecideContext> {
  initialState: State;
  decide(command: Command, state: State, context: Context): Event[];
  evolve(state: State, event: Event): State;
}

/**
 * Folds a list of events into the state they describe. The fold owns the collections it creates, so each
 * is copied once, not once per event (see fold-ownership.ts); the initial state is never changed.
 */
export const fold = <Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State, unknown>, "initialState" | "evolve">,
  events: readonly Event[],
  owned: WeakSet<object> = new WeakSet(),
): State => foldingWith(owned, () => events.reduce(decider.evolve, decider.initialState));

/** A command as deciders receive it: its type and already-parsed data. */
export interface DomainCommand<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}
