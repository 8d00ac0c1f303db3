/**
 * Turns the demo's events into templates that render one community's copy of them, with every id that
 * names something (community, unit, agreement, person, team, post, meeting, resident, account, street)
 * rewritten the same way in stream ids, data and meta, so copies never collide and still hang together.
 */
import type { EventRow } from "./demo-log.ts";

/** How an original value changes from copy to copy. */
type Kind = "entity" | "street" | "streetName" | "communityName";

/** Where a copy sits in the city: its community number and the street it belongs to. */
export interface Place {
  copy: number;
  street: number;
}

/** Roughly how many communities a street has in a real city district. */
export const COMMUNITIES_PER_STREET = 12;

export const placeOf = (copy: number): Place => ({ copy, street: Math.floor(copy / COMMUNITIES_PER_STREET) });

/** Copy 0 is the demo itself, so its logins (admin / cobuild-demo) and board ids stay as documented. */
function rewriteValue(value: string, kind: Kind, { copy, street }: Place): string {
  switch (kind) {
    // No original id contains "_", so a suffix after one can never recreate another original id.
    case "entity":
      return copy === 0 ? value : `${value}_${copy}`;
    case "street":
      return street === 0 ? value : `${value}_s${street}`;
    case "streetName":
      return street === 0 ? value : `${value}${street + 1}`;
    case "communityName":
      return copy === 0 ? value : `${value}${copy}`;
  }
}

type Part = string | { value: string; kind: Kind };

/** One demo event, ready to be rendered for any copy. */
export interface Template {
  type: string;
  revision: number;
  occurredAt: string;
  /** Only the first community of each street carries it (the street itself and its administrator). */
  streetOnly: boolean;
  stream: Part[];
  data: Part[];
  meta: Part[];
}

/** The originals a copy must not contain: what copy k > 0 (entity) or street s > 0 (street) rewrites. */
export interface Originals {
  entity: string[];
  street: string[];
  streams: Set<string>;
}

const ENTITY_KEYS = new Set([
  "communityId",
  "unitId",
  "employerUnitId",
  "agreementId",
  "personId",
  "teamId",
  "postId",
  "meetingId",
  "residentId",
  "assignedUnitIds",
  "pledgeId",
  "fulfilmentId",
]);
/** Keys whose values are rewritten when they hold an original: ids, and the names of streets and communities. */
const REWRITTEN_KEYS = new Set([...ENTITY_KEYS, "streetId", "username", "name", "street"]);

/** Which original strings get rewritten, and how (read from the keys that carry ids), and the usernames. */
function collectOriginals(rows: readonly EventRow[]): { kinds: Map<string, Kind>; usernames: Set<string> } {
  const kinds = new Map<string, Kind>();
  const add = (value: unknown, kind: Kind) => {
    if (typeof value !== "string") return;
    const known = kinds.get(value);
    if (known && known !== kind) throw new Error(`"${value}" is both a ${known} and a ${kind} id`);
    kinds.set(value, kind);
  };
  // A street's own accounts hold a grant over the street alone; a community's grants name the street too.
  const streetAdmins = new Set<string>();
  const usernames = new Set<string>();
  for (const row of rows) {
    if (row.type !== "AccountCreated") continue;
    const data = JSON.parse(row.data) as { username: string; grants: Record<string, unknown>[] };
    usernames.add(data.username);
    const streetWide = (grant: Record<string, unknown>) =>
      Object.keys(grant).every((key) => key === "role" || key === "streetId");
    if (data.grants.some(streetWide)) streetAdmins.add(data.username);
  }
  const walk = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) for (const item of node) walk(item, key);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, k);
    else if (key === "streetId") add(node, "street");
    else if (key === "username") add(node, streetAdmins.has(String(node)) ? "street" : "entity");
    else if (key && ENTITY_KEYS.has(key)) add(node, "entity");
  };
  for (const row of rows) {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    walk(data, undefined);
    if (row.type === "StreetRegistered") add(data.name, "streetName");
    if (row.type === "CommunityRegistered") {
      add(data.name, "communityName");
      add(data.street, "streetName");
    }
  }
  return { kinds, usernames };
}

/**
 * Splits a JSON document into literal text and the rewritable values inside it: an original under an id
 * or name key (a role may read like a username, so a value elsewhere stays as it is).
 */
function jsonParts(json: string, kinds: Map<string, Kind>): Part[] {
  const found: Part[] = [];
  const mark = (node: unknown, key: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => mark(item, key));
    if (node && typeof node === "object")
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mark(v, k)]));
    const kind = typeof node === "string" && key && REWRITTEN_KEYS.has(key) ? kinds.get(node) : undefined;
    if (typeof node === "string" && kind) return `@@${found.push({ value: node, kind }) - 1}@@`;
    return node;
  };
  const marked = JSON.stringify(mark(JSON.parse(json), undefined));
  // split() with a capture group alternates literal text and marker numbers.
  return marked.split(/@@(\d+)@@/).map((piece, i) => (i % 2 === 0 ? piece : (found[Number(piece)] ?? "")));
}

/** `<context>-<id>`, or `<context>-<id>-<more>` (an evaluation is `evaluation-<unitId>-<year>`). */
function streamParts(streamId: string, kinds: Map<string, Kind>): Part[] {
  const dash = streamId.indexOf("-");
  const context = streamId.slice(0, dash + 1);
  const rest = streamId.slice(dash + 1);
  const exact = kinds.get(rest);
  if (exact) return [context, { value: rest, kind: exact }];
  const prefix = [...kinds.keys()]
    .filter((id) => rest.startsWith(`${id}-`))
    .sort((a, b) => b.length - a.length)[0];
  const kind = prefix === undefined ? undefined : kinds.get(prefix);
  if (prefix === undefined || !kind) throw new Error(`no rewriting rule for stream ${streamId}`);
  return [context, { value: prefix, kind }, rest.slice(prefix.length)];
}

/** Templates for every demo event, in log order, and the originals a copy must not contain. */
export function buildTemplates(rows: readonly EventRow[]): { templates: Template[]; originals: Originals } {
  const { kinds, usernames } = collectOriginals(rows);
  const templates = rows.map((row): Template => {
    const stream = streamParts(row.stream_id, kinds);
    const named = stream[1];
    const streetOnly = typeof named === "object" && named.kind === "street";
    // Only the street's first community carries these, so none may belong to one community.
    if (streetOnly && row.data.includes('"communityId"')) {
      throw new Error(`${row.stream_id} is taken for the street's own, but names a community`);
    }
    return {
      type: row.type,
      revision: row.revision,
      occurredAt: row.occurred_at,
      streetOnly,
      stream,
      data: jsonParts(row.data, kinds),
      meta: jsonParts(row.meta, kinds),
    };
  });
  // Usernames are checked through their account streams: a role may read like one ("member").
  const ids = (kind: Kind) =>
    [...kinds].filter(([value, k]) => k === kind && !usernames.has(value)).map(([value]) => value);
  return {
    templates,
    originals: {
      entity: ids("entity"),
      street: ids("street"),
      streams: new Set(rows.map((r) => r.stream_id)),
    },
  };
}

/** Renders template parts for one copy; rewritten values are escaped as JSON string contents. */
export function render(parts: readonly Part[], place: Place, json: boolean): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else {
      const value = rewriteValue(part.value, part.kind, place);
      out += json ? JSON.stringify(value).slice(1, -1) : value;
    }
  }
  return out;
}
