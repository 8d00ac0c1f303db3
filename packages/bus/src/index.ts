export { InProcessBus } from "./in-process/in-process-bus.ts";
export type * from "./port.ts";
