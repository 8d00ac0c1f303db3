export { type BusUnderTest, busConformance } from "./bus-conformance.ts";
