export { openSqliteBus, type SqliteBusOptions } from "./open.ts";
export type { SqliteBus } from "./sqlite-bus.ts";
