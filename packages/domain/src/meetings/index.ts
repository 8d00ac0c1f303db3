// The joint party-building meeting (党建联席会议): schedule, attendance, decisions (议定事项).
export * from "./commands.ts";
export type { MeetingDecideContext } from "./context.ts";
export * from "./decider.ts";
export * from "./events.ts";
export * from "./reports.ts";
export * from "./state.ts";
