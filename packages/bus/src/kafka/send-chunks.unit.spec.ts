import { describe, expect, it } from "vitest";
import { sendChunks, type WireMessage } from "./send-chunks.ts";

const message = (key: string, bytes: number): WireMessage => ({ key, value: "x".repeat(bytes - key.length) });

describe("splitting a batch publish into sends", () => {
  it("given messages within the limit together, when split, then they go in one send", () => {
    const messages = [message("a", 10), message("b", 10), message("c", 10)];
    expect(sendChunks(messages, 30)).toEqual([messages]);
  });

  it("given messages over the limit together, when split, then each send stays within it and the order holds", () => {
    const messages = Array.from({ length: 7 }, (_, n) => message(`k${n}`, 10));
    const chunks = sendChunks(messages, 25);
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 2, 2, 1]);
    expect(chunks.flat()).toEqual(messages);
  });

  it("given one message larger than the limit, when split, then it goes alone between the others", () => {
    const messages = [message("a", 5), message("big", 100), message("b", 5)];
    expect(sendChunks(messages, 20)).toEqual([[messages[0]], [messages[1]], [messages[2]]]);
  });

  it("given multi-byte text and empty values, when split, then bytes are counted, not characters", () => {
    const wide: WireMessage = { key: "k", value: "光".repeat(4) };
    const empty: WireMessage = { key: "e", value: null };
    expect(sendChunks([wide, wide, empty], 14)).toEqual([[wide], [wide, empty]]);
  });

  it("given no messages, when split, then there is no send", () => {
    expect(sendChunks([], 10)).toEqual([]);
  });
});
