import { addQuantities, agreementStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  agreementPath,
  contributionBody,
  contributionsPath,
  givenSignedAgreement,
} from "../testing/fixtures.ts";
import { etagRevision } from "../testing/http.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("agreements over HTTP: simultaneous writers", () => {
  const ctx = useTestApi();

  /** Opens enough keep-alive connections first, so the writers really arrive together. */
  const warmUp = (connections: number) =>
    Promise.all(Array.from({ length: connections }, () => ctx.api.get("/healthz")));

  it("given a signed agreement, when 30 distinct contributions arrive at once, then all succeed and the logged total is exact", async () => {
    const { agreementId } = await givenSignedAgreement(ctx.api);
    const quantities = Array.from({ length: 30 }, (_, i) => (11 + i) / 100);
    const bodies = quantities.map((quantity) => contributionBody({ quantity }));
    await warmUp(bodies.length);

    const responses = await Promise.all(
      bodies.map((body) => ctx.api.post(contributionsPath(agreementId), body)),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(bodies.length).fill(201));
    expect(responses.map(etagRevision).sort((a, b) => a - b)).toEqual(bodies.map((_, i) => i + 2));
    const total = quantities.reduce(addQuantities, 0);
    expect(total).toBe(7.65);
    const read = await ctx.api.get(agreementPath(agreementId));
    expect(read.body).toMatchObject({
      commitments: [{ commitmentId: "trees", logged: total }, { logged: 0 }],
    });
    const stored = await ctx.testApi.store.readStream(agreementStream(agreementId));
    expect(stored.map((e) => e.revision)).toEqual(stored.map((_, i) => i));
  });

  it("given two signed agreements, when contributions to both arrive at once, then each agreement counts only its own", async () => {
    const first = await givenSignedAgreement(ctx.api);
    const second = await givenSignedAgreement(ctx.api);
    await warmUp(12);

    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        ctx.api.post(
          contributionsPath(i % 2 === 0 ? first.agreementId : second.agreementId),
          contributionBody({ commitmentId: "rubbish", quantity: i % 2 === 0 ? 0.01 : 0.1 }),
        ),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect((await ctx.api.get(agreementPath(first.agreementId))).body).toMatchObject({
      commitments: [{ logged: 0 }, { logged: 0.06 }],
    });
    expect((await ctx.api.get(agreementPath(second.agreementId))).body).toMatchObject({
      // Nothing is verified yet, so nothing counts toward progress.
      commitments: [{ logged: 0 }, { logged: 0.6, verified: 0, progress: 0 }],
    });
  });
});
