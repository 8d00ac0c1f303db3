import type { Grant } from "@cobuild/domain";

/**
 * Who is acting: a logged-in person with the roles they hold right now, or the platform itself (the
 * demo seed, the daily sweeper, setup scripts), which is trusted and recorded by name.
 */
export type Principal =
  | {
      kind: "user";
      username: string;
      displayName: string;
      grants: readonly Grant[];
      /** The password was reset by staff: only choosing a new one (or logging out) is allowed. */
      mustChangePassword?: boolean;
    }
  | { kind: "system"; name: string };

/** The actor recorded on every event a principal causes. */
export const actorOf = (principal: Principal): string =>
  principal.kind === "user" ? principal.username : `system:${principal.name}`;

export const systemPrincipal = (name: string): Principal => ({ kind: "system", name });
