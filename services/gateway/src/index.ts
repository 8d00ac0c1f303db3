export { attachGateway, type GatewayAccess, type GatewayOptions, type RunningGateway } from "./gateway.ts";
