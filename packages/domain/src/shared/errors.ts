/**
 * The few kinds of refusal the platform knows. The API maps each kind to one HTTP status in one place,
 * so adding a kind without a status is a compile error there.
 */
export const errorKinds = [
  "validation",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "precondition_failed",
] as const;
export type ErrorKind = (typeof errorKinds)[number];

/** A refusal by the domain: `code` is machine-readable (e.g. `agreement_not_active`), `field` the input at fault. */
export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const validationError = (code: string, message: string, field: string): DomainError =>
  new DomainError("validation", code, message, field);
export const notFound = (code: string, message: string, field?: string): DomainError =>
  new DomainError("not_found", code, message, field);
export const conflict = (code: string, message: string, field?: string): DomainError =>
  new DomainError("conflict", code, message, field);
export const forbidden = (code: string, message: string): DomainError =>
  new DomainError("forbidden", code, message);
export const unauthenticated = (code: string, message: string): DomainError =>
  new DomainError("unauthenticated", code, message);
