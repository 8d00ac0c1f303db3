// Test helpers other workspaces use, as `@cobuild/api/testing`.
export * from "./personal-fields.ts";
