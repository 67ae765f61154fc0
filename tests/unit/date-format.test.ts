import { describe, expect, it } from "vitest";
import { dateFormat } from "@/lib/i18n/date-format";

describe("dateFormat", () => {
  it("formats in the given language and time zone", () => {
    const at = new Date(Date.UTC(2026, 2, 2, 23, 30));
    // 23:30 UTC is already the next day in Amsterdam (UTC+1 in March).
    expect(dateFormat("nl", "Europe/Amsterdam", { dateStyle: "medium" }).format(at)).toBe("3 mrt 2026");
    expect(dateFormat("en", "Europe/Amsterdam", { dateStyle: "medium" }).format(at)).toBe("Mar 3, 2026");
    expect(dateFormat("en", "UTC", { dateStyle: "medium" }).format(at)).toBe("Mar 2, 2026");
  });

  it("makes one formatter per language, time zone and style, and keeps it", () => {
    const medium = dateFormat("nl", "Europe/Amsterdam", { dateStyle: "medium" });
    expect(dateFormat("nl", "Europe/Amsterdam", { dateStyle: "medium" })).toBe(medium);
    expect(dateFormat("nl", "Europe/Amsterdam", { dateStyle: "medium", timeStyle: "short" })).not.toBe(medium);
    expect(dateFormat("en", "Europe/Amsterdam", { dateStyle: "medium" })).not.toBe(medium);
    expect(dateFormat("nl", "UTC", { dateStyle: "medium" })).not.toBe(medium);
  });
});
