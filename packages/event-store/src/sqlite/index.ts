export { openSqliteEventStore, type SqliteEventStoreOptions } from "./open.ts";
export type { SqliteEventStore, SqliteEventStoreStats } from "./sqlite-event-store.ts";
