import { actions, policy, type Role, roles } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { matrixCases } from "../testing/access-matrix-cases.ts";
import { envelope, givenWorld, grantIn } from "../testing/access-matrix-world.ts";
import type { Client } from "../testing/http.ts";
import { useTestApi } from "../testing/use-test-api.ts";

/** The command part of a case's name: "ClaimPlace (…)" is the ClaimPlace command. */
const commandOf = (name: string) => name.split(" ")[0] ?? name;

describe("the authorisation matrix: every role against every command, over HTTP", () => {
  const ctx = useTestApi();

  it("covers every command in the policy (queries are checked in each context's own specs)", () => {
    const commands = actions.filter((action) => !action.startsWith("Read"));
    const covered = new Set(matrixCases.map((c) => commandOf(c.command)));
    expect(commands.filter((command) => !covered.has(command))).toEqual([]);
  });

  it("agrees with the policy table: for each command, the roles allowed across its cases are exactly those the policy admits", () => {
    const allowedByCommand = new Map<string, Set<string>>();
    for (const c of matrixCases) {
      const command = commandOf(c.command);
      const roles = allowedByCommand.get(command) ?? new Set<string>();
      for (const role of c.allowed) roles.add(role);
      allowedByCommand.set(command, roles);
    }
    for (const [command, allowed] of allowedByCommand) {
      const admitted: readonly string[] = policy[command as keyof typeof policy];
      expect([...allowed].sort(), command).toEqual([...admitted].sort());
    }
  });

  /** Logs in a fresh account holding only this role over the world. */
  const clientAs = async (role: Role, world: Awaited<ReturnType<typeof givenWorld>>): Promise<Client> => {
    const username = world.fresh(role.replaceAll("_", "-")).toLowerCase();
    await ctx.testApi.services.accounts.createAccount(
      { username, displayName: role, password: "matrix-password-1", grants: [grantIn(role, world)] },
      envelope,
    );
    return ctx.testApi.login(username, "matrix-password-1");
  };

  for (const c of matrixCases) {
    const refusal = c.refusedWith ?? 403;
    it(`${c.command}: allowed for ${c.allowed.join(", ")}; ${refusal} for every other role`, async () => {
      const outcomes: Record<string, number> = {};
      await Promise.all(
        roles.map(async (role) => {
          // A fresh world per role, so one role's success cannot change what the next one meets.
          const world = await givenWorld(ctx.testApi);
          const attempt = await c.prepare(world, ctx.testApi);
          const client = await clientAs(role, world);
          const response =
            attempt.method === "put"
              ? await client.put(attempt.path, attempt.body)
              : await client.post(attempt.path, attempt.body);
          outcomes[role] = response.status;
          if (response.status >= 300 && response.status !== refusal) {
            throw new Error(`${c.command} as ${role}: ${response.status} ${JSON.stringify(response.body)}`);
          }
        }),
      );
      const expected = Object.fromEntries(
        roles.map((role) => [role, c.allowed.includes(role) ? "allowed" : "forbidden"]),
      );
      const actual = Object.fromEntries(
        roles.map((role) => [role, (outcomes[role] ?? 0) < 300 ? "allowed" : "forbidden"]),
      );
      expect(actual).toEqual(expected);
    });
  }
});
