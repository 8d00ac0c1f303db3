export * from "./fixtures.ts";
