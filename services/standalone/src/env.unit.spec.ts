import { describe, expect, it } from "vitest";
import { loadConfig } from "./env.ts";

const street = { STREET_ID: "dongfeng", STREET_NAME: "东风路街道", ADMIN_PASSWORD: "a-long-password" };

describe("the one-process server's configuration", () => {
  it("given nothing, then the embedded defaults with the demo", () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, SEED_DEMO: true, SECURE_COOKIES: false });
  });

  it("given an administrator name with capitals, then it is stored as it will be typed at login, in lower case", () => {
    expect(loadConfig({ ...street, ADMIN_USERNAME: "Admin" }).ADMIN_USERNAME).toBe("admin");
  });

  it("given an administrator name that cannot be a login, then start-up stops naming the variable", () => {
    expect(() => loadConfig({ ...street, ADMIN_USERNAME: "a b" })).toThrow(/ADMIN_USERNAME/);
  });

  it("given only some of the street variables, then start-up stops and says all or none", () => {
    expect(() => loadConfig({ STREET_ID: "dongfeng" })).toThrow(
      /all of STREET_ID, STREET_NAME, ADMIN_USERNAME, ADMIN_PASSWORD or none/,
    );
  });
});
