// The principal lives in @cobuild/access so the gateway can authorise without loading the API; the
// API's slices keep importing it from here.
export { actorOf, type Principal, systemPrincipal } from "@cobuild/access";
