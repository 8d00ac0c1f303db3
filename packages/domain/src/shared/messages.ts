import { z } from "zod";
import type { DomainEvent } from "./decider.ts";

/**
 * The zod schema of one `{ type, data }` message. Contexts build their event unions from it with
 * `z.discriminatedUnion("type", …)`, so stored events parse back into typed events without casts.
 */
export const messageSchema = <Type extends string, Data extends z.ZodType>(type: Type, data: Data) =>
  z.object({ type: z.literal(type), data });

/**
 * A map from every type of a message union (events or commands) to the schema of its data. Used with
 * `satisfies`, so a map that misses a type, has an extra one or disagrees on a data shape does not compile.
 */
export type DataSchemaMap<Message extends DomainEvent> = {
  [Type in Message["type"]]: z.ZodType<Extract<Message, { type: Type }>["data"]>;
};
