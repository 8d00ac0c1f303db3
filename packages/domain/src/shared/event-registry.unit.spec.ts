import { describe, expect, it } from "vitest";
import { z } from "zod";
import { agreementEvents } from "../agreements/events.ts";
import {
  cobuildEvents,
  contextEventRegistries,
  currentSchemaVersion,
  parseStoredEvent,
} from "../log-events.ts";
import { defineEvents, UnreadableEventError } from "./event-registry.ts";

/** A made-up context whose one event went through two shape changes: name → fullName, then + age. */
const greetings = defineEvents({
  Greeted: {
    schema: z.object({ fullName: z.string(), age: z.number() }),
    version: 3,
    upcasters: {
      1: ({ name, ...rest }) => ({ ...rest, fullName: name }),
      2: (data) => ({ ...data, age: 0 }),
    },
  },
  Waved: { schema: z.object({ hand: z.enum(["left", "right"]) }) },
});

const storedAt = (schemaVersion: number, type: string, data: unknown) => ({
  id: "e-7",
  type,
  streamId: "greeting-1",
  data,
  meta: { schemaVersion },
});

describe("an event registry", () => {
  it("given a version 1 event, when it is read, then both upcasters run in order and the current version comes out", () => {
    expect(greetings.parse(storedAt(1, "Greeted", { name: "王芳" }))).toEqual({
      type: "Greeted",
      data: { fullName: "王芳", age: 0 },
    });
  });

  it("given a version 2 event, when it is read, then only the last upcaster runs", () => {
    expect(greetings.parse(storedAt(2, "Greeted", { fullName: "王芳" })).data).toEqual({
      fullName: "王芳",
      age: 0,
    });
  });

  it("given a current event, when it is read, then it is only checked", () => {
    expect(greetings.parse(storedAt(3, "Greeted", { fullName: "王芳", age: 40 })).data).toEqual({
      fullName: "王芳",
      age: 40,
    });
  });

  it("given an event without a stored version, then it reads as version 1", () => {
    const { meta: _, ...unversioned } = storedAt(1, "Waved", { hand: "left" });
    expect(greetings.parse(unversioned)).toEqual({ type: "Waved", data: { hand: "left" } });
  });

  it("given an unknown type, then it is refused naming the event, its type and its stream", () => {
    expect(() => greetings.parse(storedAt(1, "Shouted", {}))).toThrow(
      new UnreadableEventError("event e-7 (Shouted) in greeting-1 is of an unknown type"),
    );
  });

  it("given data that does not match after upcasting, then it is refused with the zod error as cause", () => {
    expect(() => greetings.parse(storedAt(3, "Greeted", { fullName: 42, age: 1 }))).toThrow(
      expect.objectContaining({
        name: "UnreadableEventError",
        message: "event e-7 (Greeted) in greeting-1 does not match its schema",
        cause: expect.any(z.ZodError),
      }),
    );
  });

  it("given a version newer than the code, or data that is no object to upcast, then it is refused", () => {
    expect(() => greetings.parse(storedAt(4, "Greeted", { fullName: "x", age: 1 }))).toThrow(
      "event e-7 (Greeted) in greeting-1 is version 4, newer than this code reads (3)",
    );
    expect(() => greetings.parse(storedAt(1, "Greeted", "王芳"))).toThrow(
      "event e-7 (Greeted) in greeting-1 has no data object to upcast",
    );
  });

  it("derives the type list, the schema map and the union from the one declaration", () => {
    expect(greetings.types).toEqual(Object.keys(greetings.schemas));
    expect(greetings.types).toEqual(["Greeted", "Waved"]);
    expect(greetings.union.options.map((option) => option.shape.type.value)).toEqual(greetings.types);
    expect([greetings.versionOf("Greeted"), greetings.versionOf("Waved")]).toEqual([3, 1]);
  });
});

describe("the whole log's registry", () => {
  it("given every context's registry, then each type belongs to exactly one and the log declares them all", () => {
    const all = contextEventRegistries.flatMap((registry) => [...registry.types]);
    expect(new Set(all).size).toBe(all.length);
    expect([...cobuildEvents.types].sort()).toEqual([...all].sort());
    for (const registry of contextEventRegistries) {
      expect(registry.types).toEqual(Object.keys(registry.schemas));
    }
  });

  it("given a type, then writers stamp its current version, and an undeclared type is a bug", () => {
    expect(currentSchemaVersion("ContributionCorrected")).toBe(2);
    expect(currentSchemaVersion("ContributionLogged")).toBe(1);
    expect(() => currentSchemaVersion("ContributionInvented")).toThrow("no event type ContributionInvented");
  });
});

const correctionData = {
  agreementId: "a1",
  communityId: "gm",
  unitId: "school-1",
  contributionId: "c1",
  commitmentId: "trees",
  quantity: 9,
  date: "2025-03-13",
  participants: 3,
  note: "",
  previousQuantity: 10,
  previousVerification: "verified",
  reason: "记错了",
  correctedOn: "2025-03-17",
};

describe("ContributionCorrected, version 1 → 2", () => {
  const stored = (schemaVersion: number, data: object) => ({
    id: "e-9",
    type: "ContributionCorrected",
    streamId: "agreement-a1",
    data,
    meta: { schemaVersion },
  });

  it("given a version 1 correction that said how many took part before, then version 2 keeps it", () => {
    const event = parseStoredEvent(stored(1, { ...correctionData, previousParticipants: 8 }));
    expect(event).toEqual({
      type: "ContributionCorrected",
      data: { ...correctionData, previousParticipants: 8 },
    });
  });

  it("given a version 1 correction stored before it said so, then version 2 marks it unknown (null)", () => {
    const event = parseStoredEvent(stored(1, correctionData));
    expect(event.data).toEqual({ ...correctionData, previousParticipants: null });
  });

  it("given a version 2 correction without it, then it is refused: version 2 always says", () => {
    expect(() => agreementEvents.parse(stored(2, correctionData))).toThrow(UnreadableEventError);
  });
});
