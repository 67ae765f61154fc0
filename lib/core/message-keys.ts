import type messages from "@/messages/nl.json";

/** "a.b.c" for every string in a nested catalogue: the keys next-intl's `t()` accepts. */
type LeafKeys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of messages/nl.json (messages/en.json has the same keys; tests/unit/messages.test.ts checks that). */
export type MessageKey = LeafKeys<typeof messages>;
