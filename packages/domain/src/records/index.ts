export * from "./year-end-record.ts";
