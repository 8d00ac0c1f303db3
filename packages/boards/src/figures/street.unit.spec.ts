import { describe, expect, it } from "vitest";
import type { StreetCommunitySummary } from "../street/board.ts";
import { streetCommunityFigures } from "./street.ts";

const summary = (fields: Partial<StreetCommunitySummary>): StreetCommunitySummary => ({
  communityId: "gm",
  name: "光明社区",
  units: 24,
  signedAgreements: 3,
  commitments: 0,
  fulfilled: 0,
  contributions: 0,
  participants: 0,
  hoursByMonth: {},
  places: 0,
  claimed: 0,
  supermarketDays: {},
  openDeadlines: [],
  ...fields,
});

describe("street figures", () => {
  it("given commitments struck off and deadlines before, on and after today, then the rate and the overdue count follow", () => {
    const figures = streetCommunityFigures(
      summary({
        commitments: 8,
        fulfilled: 2,
        openDeadlines: ["2025-06-30", "2025-07-01", "2025-07-10", "2025-08-01"],
      }),
      "2025-07-10",
    );
    expect(figures).toEqual({ communityId: "gm", name: "光明社区", fulfilmentRate: 0.25, overdue: 2 });
  });

  it("given no commitments, then the rate is 0 rather than not a number", () => {
    expect(streetCommunityFigures(summary({}), "2025-07-10").fulfilmentRate).toBe(0);
  });
});
