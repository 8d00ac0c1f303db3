export { openSqliteEventStore, type SqliteEventStoreOptions } from "./open.ts";
export type { EventRow } from "./schema.ts";
export type { SqliteEventStore, SqliteEventStoreStats } from "./sqlite-event-store.ts";
