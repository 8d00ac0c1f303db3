// The love supermarket (爱心超市): catalogue, donations in, hand-outs to residents in need, stock corrections.
export * from "./commands.ts";
export type { SupermarketDecideContext } from "./context.ts";
export * from "./decider.ts";
export { nextReceiptNo } from "./donation.ts";
export * from "./events.ts";
export type { IdChain } from "./id-chain.ts";
export * from "./ledger.ts";
export {
  type CatalogueItem,
  initialSupermarketState,
  type OpenReceipt,
  type PendingDonation,
  receivedInMonth,
  type SupermarketState,
} from "./state.ts";
