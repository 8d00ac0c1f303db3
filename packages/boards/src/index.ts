export { allProjections } from "./all-projections.ts";
export * from "./community/board.ts";
export { communityBoardProjection } from "./community/projection.ts";
export * from "./directory/projection.ts";
export * from "./projection.ts";
export * from "./protocol/follow.ts";
export * from "./protocol/follower.ts";
export * from "./protocol/messages.ts";
export * from "./protocol/ops.ts";
