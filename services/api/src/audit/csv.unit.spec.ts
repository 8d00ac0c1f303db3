import { describe, expect, it } from "vitest";
import { auditCsvLine, csvField } from "./csv.ts";

describe("audit CSV", () => {
  it("quotes fields holding separators, quotes or line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses a field a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@x")).toBe("'@x");
  });

  it("writes an entry with its local time and Chinese label", () => {
    const line = auditCsvLine(
      {
        position: 7,
        at: "2026-01-05T16:30:00.000Z",
        actor: "li.na",
        type: "ContributionLogged",
        stream: "agreement-a1",
        unitId: "school",
      },
      "Asia/Shanghai",
    );
    expect(line).toBe("2026-01-06 00:30:00,li.na,登记共建贡献,ContributionLogged,agreement-a1,school,7\r\n");
  });
});
