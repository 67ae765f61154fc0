// When a failed e-mail or SMS is tried again: exponential backoff with jitter, and when to give up. Eight tries
// span about a day (1 min, 4 min, 16 min, ~1 h, ~4 h, ~8 h, ~10 h after the previous one), after which the row
// is marked failed and shown to the office's admins to retry by hand.

export const MAX_ATTEMPTS = 8;
const BASE_MS = 60_000;
const FACTOR = 4;
const MAX_DELAY_MS = 10 * 60 * 60_000;

/**
 * The pause after failed attempt number `attempts` (1 = the first try failed), or null when that was the last
 * try. `random` (0..1) spreads retries of many rows that failed together over ±20 % of the pause.
 */
export function retryDelayMs(attempts: number, random: number = Math.random()): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const exponential = Math.min(BASE_MS * FACTOR ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(exponential * (0.8 + 0.4 * random));
}
