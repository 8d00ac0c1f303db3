export { busConformance } from "./bus-conformance.ts";
export type { BusUnderTest } from "./context.ts";
