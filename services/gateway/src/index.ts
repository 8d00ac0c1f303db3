export { attachGateway, type GatewayAccess, type GatewayOptions, type RunningGateway } from "./gateway.ts";
export type { GatewaySessions } from "./session-ends.ts";
