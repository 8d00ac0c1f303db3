export { attachGateway, type GatewayOptions, type RunningGateway } from "./gateway.ts";
