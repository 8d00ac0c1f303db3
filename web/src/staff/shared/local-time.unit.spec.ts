import { describe, expect, it } from "vitest";
import { localDateTime } from "./local-time.ts";

describe("an instant shown in local time", () => {
  it("given an instant, when shown, then it is this device's wall-clock date and minute", () => {
    const iso = "2026-11-23T09:03:27.000Z";
    const local = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, "0");
    const expected = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())} ${pad(local.getHours())}:${pad(local.getMinutes())}`;
    expect(localDateTime(iso)).toBe(expected);
  });

  it("given text that is no instant, when shown, then it is shown as it is", () => {
    expect(localDateTime("yesterday")).toBe("yesterday");
  });
});
