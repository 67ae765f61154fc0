import { describe, expect, it } from "vitest";
import { shownUnread, UNREAD_COUNT_CAP } from "@/lib/dossiers/unread-count";

describe("unread badges", () => {
  it("show the count below the cap and 99+ from it", () => {
    expect(shownUnread(0)).toBe("0");
    expect(shownUnread(UNREAD_COUNT_CAP - 1)).toBe("99");
    expect(shownUnread(UNREAD_COUNT_CAP)).toBe("99+");
    expect(shownUnread(3 * UNREAD_COUNT_CAP)).toBe("99+");
  });
});
