import { z } from "zod";
import { messageSchema } from "./messages.ts";

/** The data of one stored version turned into the data of the next: pure, from the event alone. */
export type Upcaster = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** One event type, declared once: its data schema today, the version writers stamp, and how older versions read. */
export interface EventDefinition<Schema extends z.ZodType = z.ZodType> {
  schema: Schema;
  /** The schema version written today; 1 when left out. */
  version?: number;
  /** From each older version n to n + 1, keyed by n. */
  upcasters?: Readonly<Record<number, Upcaster>>;
}

/** Every event type of one context (or of the whole log), by type name. */
export type EventDefinitions = Readonly<Record<string, EventDefinition>>;

type TypeOf<Defs extends EventDefinitions> = keyof Defs & string;

/** The schema of one `{ type, data }` message of the union, as `z.discriminatedUnion` takes it. */
type MessageOption<Defs extends EventDefinitions> = {
  [Type in TypeOf<Defs>]: z.ZodObject<{ type: z.ZodLiteral<Type>; data: Defs[Type]["schema"] }>;
}[TypeOf<Defs>];

/** The `{ type, data }` discriminated union schema of a set of definitions. */
type UnionSchema<Defs extends EventDefinitions> = z.ZodDiscriminatedUnion<
  [MessageOption<Defs>, ...MessageOption<Defs>[]],
  "type"
>;

/** The union of typed `{ type, data }` events a set of definitions describes. */
export type EventUnion<Defs extends EventDefinitions> = z.output<UnionSchema<Defs>>;

/** The part of a stored event the registry reads: enough to upcast, check, and name it when it cannot. */
export interface StoredEvent {
  id: string;
  type: string;
  streamId: string;
  data: unknown;
  /** Events written before versions were stamped count as version 1. */
  meta?: { schemaVersion?: number };
}

/** The log holds something this code cannot read: an operator must look, so callers fail loudly. */
export class UnreadableEventError extends Error {
  override readonly name = "UnreadableEventError";
}

/** One context's events, declared once, with everything derived from the declaration. */
export interface EventRegistry<Defs extends EventDefinitions> {
  readonly definitions: Defs;
  /** Every event type name, in declaration order. */
  readonly types: readonly TypeOf<Defs>[];
  /** Event type → current data schema. */
  readonly schemas: { readonly [Type in TypeOf<Defs>]: Defs[Type]["schema"] };
  /** The `{ type, data }` discriminated union of the current versions (no upcasting). */
  readonly union: UnionSchema<Defs>;
  /** True when the type is declared here. */
  has(type: string): type is TypeOf<Defs>;
  /** The schema version writers stamp on an event of this type. */
  versionOf(type: TypeOf<Defs>): number;
  /**
   * Reads a stored event: upcast step by step from its stored version to the current one, then checked
   * against the current schema. Throws UnreadableEventError naming the event, its type and its stream.
   */
  parse(stored: StoredEvent): EventUnion<Defs>;
}

/** `EventOf<typeof agreementEvents, "ContributionLogged">`: one event type of a registry. */
export type EventOf<Registry, Type extends string> =
  Registry extends EventRegistry<infer Defs> ? Extract<EventUnion<Defs>, { type: Type }> : never;

/** The union of every event a registry declares. */
export type EventsOf<Registry> = Registry extends EventRegistry<infer Defs> ? EventUnion<Defs> : never;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (stored: StoredEvent): string => `event ${stored.id} (${stored.type}) in ${stored.streamId}`;

/** Runs the upcasters from `from` up to `to`, one version at a time. */
const upcast = (stored: StoredEvent, definition: EventDefinition, from: number, to: number): unknown => {
  let data = stored.data;
  for (let version = from; version < to; version++) {
    const step = definition.upcasters?.[version];
    if (!step) throw new UnreadableEventError(`${describe(stored)} has no upcaster from version ${version}`);
    if (!isRecord(data)) throw new UnreadableEventError(`${describe(stored)} has no data object to upcast`);
    data = step(data);
  }
  return data;
};

/**
 * Declares a context's events once (type → schema, current version, upcasters from older versions) and
 * derives the rest: the union, the schema map, the type list and the reader of stored events.
 */
export function defineEvents<Defs extends EventDefinitions>(definitions: Defs): EventRegistry<Defs> {
  // One map, so reading an event looks its type up once whatever the number of types.
  const byType = new Map<string, EventDefinition>(Object.entries(definitions));
  // Object.keys widens keys to string; the keys are exactly the declared types, so this holds.
  const types = Object.keys(definitions) as TypeOf<Defs>[];
  const has = (type: string): type is TypeOf<Defs> => byType.has(type);
  const versionOf = (type: TypeOf<Defs>): number => byType.get(type)?.version ?? 1;
  const [first, ...rest] = [...byType].map(([type, { schema }]) => messageSchema(type, schema));
  if (!first) throw new Error("defineEvents needs at least one event type");
  // z.discriminatedUnion cannot see that a mapped list covers each declared type exactly once.
  const union = z.discriminatedUnion("type", [first, ...rest]) as UnionSchema<Defs>;
  const schemas = Object.fromEntries([...byType].map(([type, { schema }]) => [type, schema]));
  return {
    definitions,
    types,
    // Built from the same keys as `types`, one entry each; fromEntries only loses the key typing.
    schemas: schemas as EventRegistry<Defs>["schemas"],
    union,
    has,
    versionOf,
    parse(stored) {
      const definition = byType.get(stored.type);
      if (!definition) throw new UnreadableEventError(`${describe(stored)} is of an unknown type`);
      const current = definition.version ?? 1;
      const version = stored.meta?.schemaVersion ?? 1;
      if (version > current) {
        throw new UnreadableEventError(
          `${describe(stored)} is version ${version}, newer than this code reads (${current})`,
        );
      }
      const data = upcast(stored, definition, version, current);
      const parsed = union.safeParse({ type: stored.type, data });
      if (!parsed.success) {
        throw new UnreadableEventError(`${describe(stored)} does not match its schema`, {
          cause: parsed.error,
        });
      }
      return parsed.data;
    },
  };
}
