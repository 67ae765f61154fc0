import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/notify/retry-schedule";

describe("retryDelayMs", () => {
  it("grows four-fold from one minute, capped at ten hours, without jitter at the midpoint", () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelayMs(attempt, 0.5)! / 60_000);
    expect(minutes).toEqual([1, 4, 16, 64, 256, 600, 600]);
  });

  it("gives up after the eighth attempt, having spread the tries over about a day", () => {
    expect(retryDelayMs(MAX_ATTEMPTS, 0.5)).toBeNull();
    expect(retryDelayMs(MAX_ATTEMPTS + 3, 0.5)).toBeNull();
    const total = [1, 2, 3, 4, 5, 6, 7].reduce((sum, attempt) => sum + retryDelayMs(attempt, 0.5)!, 0);
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(26);
  });

  it("jitters by at most 20 % either way", () => {
    expect(retryDelayMs(1, 0)).toBe(48_000);
    expect(retryDelayMs(1, 1)).toBe(72_000);
    for (let i = 0; i < 100; i++) {
      const delay = retryDelayMs(3)!;
      expect(delay).toBeGreaterThanOrEqual(0.8 * 16 * 60_000);
      expect(delay).toBeLessThanOrEqual(1.2 * 16 * 60_000);
    }
  });
});
