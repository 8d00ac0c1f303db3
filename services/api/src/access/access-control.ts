// The policy check lives in @cobuild/access so the gateway can authorise without loading the API; the
// API's slices keep importing it from here.
export { type AccessControl, accessControl } from "@cobuild/access";
