import { z } from "zod";

/** Identifiers are chosen by the client (so retries are safe) or by the server: short, URL-safe. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "只能包含字母、数字、- 和 _ / letters, digits, - and _ only");

/** A calendar date in the community's time zone. */
export const LocalDate = z.iso.date();

/** A human-entered name or title. */
export const Name = z.string().trim().min(1).max(100);
