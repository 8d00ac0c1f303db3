// Test-only: the Given/When/Then harness for deciders. Not exported from the package entry point.
import { expect } from "vitest";
import { type Decider, type DomainEvent, fold } from "../shared/decider.ts";
import { DomainError, type ErrorKind } from "../shared/errors.ts";

/** The refusal a scenario expects; `field` left out means the error must carry no field. */
export interface ExpectedRefusal {
  kind: ErrorKind;
  code: string;
  field?: string;
}

/**
 * `scenario(decider)(history).when(command, context).thenEmits(events)` or `.thenRefuses(refusal)`.
 * (Not `.then`: an object with a `then` method would be mistaken for a promise.)
 */
export const scenario =
  <Command, Event extends DomainEvent, State, Context>(decider: Decider<Command, Event, State, Context>) =>
  (history: readonly Event[]) => ({
    when(command: Command, context: Context) {
      const run = (): Event[] => decider.decide(command, fold(decider, history), context);
      return {
        thenEmits(expected: readonly Event[]): void {
          expect(run()).toEqual(expected);
        },
        thenRefuses(expected: ExpectedRefusal): void {
          let caught: unknown;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught).toBeInstanceOf(DomainError);
          if (!(caught instanceof DomainError)) return;
          expect({ kind: caught.kind, code: caught.code, field: caught.field }).toEqual({
            kind: expected.kind,
            code: expected.code,
            field: expected.field,
          });
          // Messages are read by people: they must say something, in plain English.
          expect(caught.message).toMatch(/^[\x20-\x7E]+$/);
        },
      };
    },
  });
