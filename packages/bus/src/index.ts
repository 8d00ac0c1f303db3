export { InProcessBus } from "./in-process/in-process-bus.ts";
export type * from "./port.ts";
export { openSqliteBus, type SqliteBus, type SqliteBusOptions } from "./sqlite/index.ts";
