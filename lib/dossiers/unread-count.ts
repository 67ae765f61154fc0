// Unread counts stop at a cap: the lists count at most this far, so a page's cost does not grow with a dossier's
// size (a dossier with 10,000 unread letters is counted as fast as one with 10), and show "99+" beyond it.

export const UNREAD_COUNT_CAP = 100;

/** A count as a badge shows it: "7", or "99+" once it reached the cap. */
export function shownUnread(count: number): string {
  return count >= UNREAD_COUNT_CAP ? `${UNREAD_COUNT_CAP - 1}+` : String(count);
}
