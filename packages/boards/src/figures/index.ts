// Figures readers work out from boards: "today" and "this month" come in as strings, never from a clock.
export * from "./agreements.ts";
export * from "./dates.ts";
export * from "./meetings.ts";
export * from "./overdue.ts";
export * from "./posts.ts";
export * from "./stock.ts";
export * from "./street.ts";
export * from "./teams.ts";
