import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import { scenario } from "../testing/given.ts";
import { claimed, close, closed, guangming, open, opened, today } from "../testing/posts-fixtures.ts";
import { postDecider } from "./decider.ts";
import { postStream } from "./events.ts";

const given = scenario(postDecider);

describe("post stream", () => {
  it("is named by the post id", () => {
    expect(postStream("p-patrol")).toBe("post-p-patrol");
  });
});

describe("OpenPost", () => {
  it("opens a post in a registered community", () => {
    given([]).when(open(), { today, community: guangming }).thenEmits([opened()]);
  });

  it("refuses a post that already exists", () => {
    given([opened()])
      .when(open(), { today, community: guangming })
      .thenRefuses({ kind: "conflict", code: "post_already_exists" });
  });

  it("refuses a community that is not registered", () => {
    given([])
      .when(open(), { today, community: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("refuses when the community state passed is another community's", () => {
    given([])
      .when(open({ communityId: "dongfeng" }), { today, community: guangming })
      .thenRefuses({ kind: "not_found", code: "community_not_found", field: "communityId" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the community", () => {
    const decide = () => postDecider.decide(open(), postDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("ClosePost", () => {
  it("closes an open post, copying the community id; active claims stay", () => {
    given([opened(), claimed()]).when(close(), { today }).thenEmits([closed()]);
  });

  it("closes a post today", () => {
    given([opened()])
      .when(close({ closedOn: today }), { today })
      .thenEmits([closed(today)]);
  });

  it("given no post, closing is refused with post_not_found", () => {
    given([]).when(close(), { today }).thenRefuses({ kind: "not_found", code: "post_not_found" });
  });

  it("given a closed post, closing again is refused with post_closed", () => {
    given([opened(), closed()])
      .when(close(), { today })
      .thenRefuses({ kind: "conflict", code: "post_closed" });
  });

  it("given a closing date after today, closing is refused with date_in_future", () => {
    given([opened()])
      .when(close({ closedOn: "2025-06-16" }), { today })
      .thenRefuses({ kind: "validation", code: "date_in_future", field: "closedOn" });
  });
});
