import {
  type Action,
  currentSchemaVersion,
  type DecideContext,
  type Decider,
  DomainError,
  type DomainEvent,
  type ScopeRef,
} from "@cobuild/domain";
import { type EventStore, type RecordedEvent, WrongExpectedRevisionError } from "@cobuild/event-store";
import { commandSeconds, commandsRun, eventsAppended } from "@cobuild/service-kit";
import type { AccessControl } from "../access/access-control.ts";
import { actorOf, type Principal } from "../auth/principal.ts";
import { eventIdsFor, requestHash } from "./ids.ts";
import { type KeyedWrite, streamCacheOf } from "./stream-cache.ts";
import type { StreamQueue } from "./stream-queue.ts";

/** Who is asking and how: everything about a command that is not the command itself. */
export interface CommandEnvelope {
  /** Who acts: checked against the policy, and recorded as the actor of every event. */
  principal: Principal;
  correlationId: string;
  idempotencyKey?: string;
  /** From If-Match: the stream revision the client last saw. A mismatch is a 412, never retried. */
  ifMatch?: number;
}

export interface CommandDeps {
  store: EventStore;
  /** Today's date in the community's time zone (YYYY-MM-DD). */
  today: () => string;
}

/** What the services run commands with: the deps plus one per-stream queue shared by all of them. */
export interface CommandRuntime extends CommandDeps {
  queue: StreamQueue;
  access: AccessControl;
}

export interface CommandSpec<Command, Event extends DomainEvent, State, Context extends DecideContext> {
  streamId: string;
  decider: Decider<Command, Event, State, Context>;
  command: Command;
  /** Reads a stored event back into a domain event (validating it, upcasting old versions). */
  toDomainEvent: (event: RecordedEvent) => Event;
  /** Loads what the decision needs from other streams; re-run on every attempt so it stays fresh. */
  loadContext?: (base: DecideContext) => Promise<Context>;
  /**
   * Who may run it: the policy action, and what it acts on, read from the stored state (or, for a
   * command that creates its stream, from the command checked against the loaded context). May throw
   * a 404 when the thing acted on does not exist.
   */
  access: AccessRule<State, Context>;
}

/** Who may run a command: those the policy admits over a scope, or only the one person it belongs to. */
export type AccessRule<State, Context> =
  | { action: Action; scope: (state: State, context: Context) => ScopeRef }
  | { ownedBy: string };

export interface CommandResult<Event> {
  /** The stream's revision after the command (its ETag). */
  revision: number;
  position: number;
  events: Event[];
  /** True when this was a retry of an already-applied request and nothing new was written. */
  replayed: boolean;
}

/** How often a command is re-decided after another process's writer got to the stream first. */
const MAX_ATTEMPTS = 10;

/** A short random pause, growing per attempt, so racing processes stop colliding in lockstep. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** attempt, 100)));

/**
 * Load, decide, append: the whole life of a command. A revision race re-reads and re-decides, so only a
 * real business refusal reaches the client.
 */
export async function runCommand<Command, Event extends DomainEvent, State, Context extends DecideContext>(
  deps: CommandRuntime,
  spec: CommandSpec<Command, Event, State, Context>,
  envelope: CommandEnvelope,
): Promise<CommandResult<Event>> {
  const command = (spec.command as { type?: unknown }).type;
  const name = typeof command === "string" ? command : "unknown";
  const timer = commandSeconds.startTimer({ command: name });
  try {
    const result = await deps.queue.run(spec.streamId, () => attemptCommand(deps, spec, envelope));
    commandsRun.inc({ command: name, outcome: result.replayed ? "replayed" : "accepted" });
    if (!result.replayed) eventsAppended.inc(result.events.length);
    return result;
  } catch (error) {
    commandsRun.inc({ command: name, outcome: error instanceof DomainError ? "refused" : "failed" });
    throw error;
  } finally {
    timer();
  }
}

async function attemptCommand<Command, Event extends DomainEvent, State, Context extends DecideContext>(
  deps: CommandRuntime,
  spec: CommandSpec<Command, Event, State, Context>,
  envelope: CommandEnvelope,
): Promise<CommandResult<Event>> {
  const hash = envelope.idempotencyKey ? requestHash(spec.command) : undefined;
  const streams = streamCacheOf(deps.store);
  for (let attempt = 1; ; attempt++) {
    // One read per attempt: only the events after the revision the cache already folded.
    const folded = await streams.load(spec.streamId, spec.decider, spec.toDomainEvent);
    const { state } = folded;
    const base: DecideContext = { today: deps.today() };
    const context = spec.loadContext ? await spec.loadContext(base) : (base as Context);
    // Checked before a replay too: knowing someone's Idempotency-Key must not reveal their result.
    await checkAccess(deps, spec.access, envelope.principal, state, context);

    const keyed = envelope.idempotencyKey ? folded.keys.get(envelope.idempotencyKey) : undefined;
    if (keyed) return replayOf(deps, spec, keyed, hash);

    const current = folded.revision === -1 ? "no_stream" : folded.revision;
    if (envelope.ifMatch !== undefined && envelope.ifMatch !== (current === "no_stream" ? -1 : current)) {
      throw new WrongExpectedRevisionError(spec.streamId, envelope.ifMatch, current);
    }
    const events = spec.decider.decide(spec.command, state, context);
    if (events.length === 0) {
      return { revision: current === "no_stream" ? -1 : current, position: 0, events, replayed: false };
    }
    const ids = eventIdsFor(events.length, spec.streamId, envelope.idempotencyKey);
    try {
      const result = await deps.store.appendToStream(
        spec.streamId,
        events.map((event, index) => ({
          id: ids[index] ?? "",
          type: event.type,
          data: event.data,
          meta: {
            actor: actorOf(envelope.principal),
            correlationId: envelope.correlationId,
            causationId: envelope.correlationId,
            schemaVersion: currentSchemaVersion(event.type),
            ...(envelope.idempotencyKey
              ? { idempotencyKey: envelope.idempotencyKey, requestHash: hash }
              : {}),
          },
        })),
        { expectedRevision: current },
      );
      return { revision: result.nextRevision, position: result.position, events, replayed: false };
    } catch (error) {
      const raced = error instanceof WrongExpectedRevisionError;
      if (!raced || envelope.ifMatch !== undefined) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new DomainError(
          "conflict",
          "too_much_contention",
          "The resource is busy; please try again.",
          undefined,
          {
            cause: error,
          },
        );
      }
      await backoff(attempt);
    }
  }
}

async function checkAccess<State, Context>(
  deps: CommandRuntime,
  rule: AccessRule<State, Context>,
  principal: Principal,
  state: State,
  context: Context,
): Promise<void> {
  if ("ownedBy" in rule) {
    if (principal.kind === "user" && principal.username === rule.ownedBy) return;
    throw new DomainError("forbidden", "not_allowed", "Only its holder may do this.");
  }
  await deps.access.check(principal, rule.action, rule.scope(state, context));
}

/**
 * A request already applied under this idempotency key: the same body returns the first result (its
 * events read back from the log, the only read that grows with what that request wrote), another body
 * under the same key is refused rather than silently ignored.
 */
async function replayOf<Command, Event extends DomainEvent, State, Context extends DecideContext>(
  deps: CommandRuntime,
  spec: CommandSpec<Command, Event, State, Context>,
  keyed: KeyedWrite,
  hash: string | undefined,
): Promise<CommandResult<Event>> {
  if (keyed.hash !== hash) {
    throw new DomainError(
      "conflict",
      "idempotency_key_reused",
      "This Idempotency-Key was already used for a different request.",
      undefined,
    );
  }
  const written = await deps.store.readStream(spec.streamId, {
    fromRevision: keyed.fromRevision,
    maxCount: keyed.toRevision - keyed.fromRevision + 1,
  });
  return {
    revision: keyed.toRevision,
    position: keyed.position,
    events: written.map(spec.toDomainEvent),
    replayed: true,
  };
}
