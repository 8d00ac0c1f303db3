// Test-only: what a public (no login) answer must never carry, and the check that walks a JSON body for it.
import { expect } from "vitest";

/**
 * Keys that name or describe a person, a resident in need, an account or a secret. A public answer
 * holding any of them, at any depth, fails. `note` and `evidence` are free text staff write about the
 * people helped; `recipient` and `handouts` lists would say who received; `donor` objects are flattened
 * to `donorName` so an anonymous donor's details can never ride along.
 */
export const PERSONAL_FIELDS = [
  "personId",
  "residentId",
  "residents",
  "resident",
  "recipient",
  "recipientId",
  "username",
  "displayName",
  "actor",
  "voidedBy",
  "phone",
  "mobile",
  "idNumber",
  "address",
  "householdSize",
  "residentCategory",
  "note",
  "evidence",
  "reason",
  "withdrawReason",
  "rejection",
  "passwordHash",
  "password",
  "token",
  "grants",
  "skills",
  "pledgerName",
  "signatory",
  "communitySignatory",
  "unitSignatory",
  "byMember",
  "recentHandouts",
  "pending",
  "donor",
] as const;

const personalKeys = new Set<string>(PERSONAL_FIELDS);

/** Every key path in a JSON value holding a personal field, and every string value equal to a forbidden one. */
export function personalDataIn(
  value: unknown,
  forbiddenValues: readonly string[] = [],
  path = "$",
): string[] {
  if (typeof value === "string")
    return forbiddenValues.some((v) => value.includes(v)) ? [`${path} = ${value}`] : [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => personalDataIn(item, forbiddenValues, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(personalKeys.has(key) ? [`${path}.${key}`] : []),
    ...personalDataIn(inner, forbiddenValues, `${path}.${key}`),
  ]);
}

/** Fails naming each personal field or forbidden value found in the body. */
export function expectNoPersonalData(body: unknown, forbiddenValues: readonly string[] = []): void {
  expect(personalDataIn(body, forbiddenValues)).toEqual([]);
}
