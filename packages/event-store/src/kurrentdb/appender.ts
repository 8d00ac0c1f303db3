import {
  AppendConsistencyViolationError,
  AppendRecordSizeExceededError,
  type AppendRecordsResult,
  BACKWARDS,
  type CurrentStreamState,
  END,
  type KurrentDBClient,
  MaxAppendSizeExceededError,
  TransactionMaxSizeExceededError,
  UnsupportedError,
  WrongExpectedVersionError,
} from "@kurrent/kurrentdb-client";
import { StorageError, WrongExpectedRevisionError } from "../errors.ts";
import { checkExpected } from "../expected-revision.ts";
import type { AppendResult } from "../port.ts";
import { type PreparedAppend, toChecks, toRecords } from "./append-request.ts";
import { eventIdOfClaimStream, readClaim } from "./event-id-claims.ts";
import type { KnownPositions } from "./known-positions.ts";
import type { LogReader } from "./log-reader.ts";
import { readStreamEvents } from "./read-stream.ts";
import { resolveReplay } from "./replay.ts";
import { inconsistentError } from "./storage-errors.ts";

function actualRevision(state: CurrentStreamState): number | "no_stream" {
  // Deleted (-5) and tombstoned (-6) streams hold no readable event either.
  return typeof state === "bigint" && state >= 0n ? Number(state) : "no_stream";
}

/** KurrentDB's appendRecords groups stream names ignoring case, and answers with the name as it grouped it. */
function sameStream(reported: string, streamId: string): boolean {
  return reported.toLowerCase() === streamId.toLowerCase();
}

/**
 * One append: a single appendRecords call carrying the id claims and the events, checked by the server
 * (claim streams must not exist, the target must be as expected) and written atomically, or not at all.
 * The position KurrentDB reports for the call is its last record's, the stream's last event (claims go
 * first); every event is its own implicit-transaction record with its own commit position.
 */
export class Appender {
  readonly #client: KurrentDBClient;
  readonly #log: LogReader;
  readonly #known: KnownPositions;
  readonly #clock: () => Date;
  readonly #address: string;

  constructor(options: {
    client: KurrentDBClient;
    log: LogReader;
    known: KnownPositions;
    clock: () => Date;
    address: string;
  }) {
    this.#client = options.client;
    this.#log = options.log;
    this.#known = options.known;
    this.#clock = options.clock;
    this.#address = options.address;
  }

  async append(request: PreparedAppend): Promise<AppendResult> {
    if (request.events.length === 0) return this.#checkOnly(request);
    let result: AppendRecordsResult;
    try {
      result = await this.#client.appendRecords(toRecords(request, this.#clock), toChecks(request));
    } catch (error) {
      return this.#refused(request, error);
    }
    const stream = result.responses.find((response) => sameStream(response.streamName, request.streamId));
    if (stream === undefined)
      throw inconsistentError(`an append to ${request.streamId} reported no revision`);
    const position = Number(result.position);
    this.#known.add(position);
    return { nextRevision: Number(stream.revision), position };
  }

  /** An empty append writes nothing: it only checks the expectation against the stream's last event. */
  async #checkOnly({ streamId, expected }: PreparedAppend): Promise<AppendResult> {
    const [last] = await readStreamEvents(this.#client, streamId, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
    });
    checkExpected(streamId, expected, last === undefined ? -1 : Number(last.revision));
    if (last === undefined) return { nextRevision: -1, position: 0 };
    const [recorded] = await this.#log.withPositions(streamId, [last]);
    return { nextRevision: recorded!.revision, position: recorded!.position };
  }

  /** The call failed: a reused id (decided by resolveReplay), a revision mismatch, or something worse. */
  async #refused(request: PreparedAppend, error: unknown): Promise<AppendResult> {
    const { streamId, expected } = request;
    if (error instanceof AppendConsistencyViolationError) {
      const taken = new Set(
        error.violations.flatMap((violation) => eventIdOfClaimStream(violation.streamName) ?? []),
      );
      // A reused id decides, whatever the target stream's check said: a retry gets its original result.
      if (taken.size > 0) return resolveReplay(this.#client, this.#log, request, taken);
      const target = error.violations.find((violation) => sameStream(violation.streamName, streamId));
      if (target !== undefined)
        throw new WrongExpectedRevisionError(streamId, expected, actualRevision(target.actualState));
    }
    if (error instanceof WrongExpectedVersionError) {
      const taken = eventIdOfClaimStream(error.streamName);
      if (taken !== undefined) return resolveReplay(this.#client, this.#log, request, new Set([taken]));
      throw new WrongExpectedRevisionError(streamId, expected, actualRevision(error.actualState));
    }
    if (
      error instanceof MaxAppendSizeExceededError ||
      error instanceof AppendRecordSizeExceededError ||
      error instanceof TransactionMaxSizeExceededError
    ) {
      throw new RangeError(`the append to ${streamId} is larger than KurrentDB accepts: ${error.message}`, {
        cause: error,
      });
    }
    if (error instanceof UnsupportedError) {
      throw new StorageError(
        "io",
        `KurrentDB at ${this.#address} is older than 26.1: it cannot append records atomically with their ` +
          "id claims. Upgrade the server.",
        { cause: error },
      );
    }
    // Anything else (a deadline passed, the connection dropped) leaves the outcome unknown. The append is
    // atomic with its claims, so they tell: present, it was written and is decided like a retry; absent,
    // it was not (or not yet: a retry with the same ids is recognised either way).
    if (await this.#wasClaimed(request)) return resolveReplay(this.#client, this.#log, request, new Set());
    throw error;
  }

  async #wasClaimed({ events }: PreparedAppend): Promise<boolean> {
    try {
      return (await readClaim(this.#client, events[0]!.id)) !== undefined;
    } catch {
      return false;
    }
  }
}
