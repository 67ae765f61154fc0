// Names and titles people type are shown to others (a dossier title to its clients, a subject to the office, a
// file name in every list). Characters that are invisible or turn the direction of the text around can make
// such a text look like something else ("factuur\u202Efdp.exe" shows as "factuurexe.pdf"), so none is stored.

/**
 * The Arabic letter mark, zero-width space/non-joiner/joiner, left-to-right and right-to-left marks, the
 * bidirectional embeddings, overrides and isolates, the invisible word joiner and operators, the deprecated
 * format characters and the byte order mark / zero-width no-break space.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/** The text without invisible and direction characters. */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, "");
}

export function hasInvisibleCharacters(text: string): boolean {
  return text.search(INVISIBLE) !== -1;
}
