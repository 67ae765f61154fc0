import messages from "@/messages/nl.json";
import type { MessageKey } from "./message-keys";

// Server-side only (it holds the whole catalogue): for texts that arrive as data, such as zod's issue messages.
function leafKeys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value as Record<string, unknown>, `${prefix}${key}.`),
  );
}

const keys = new Set(leafKeys(messages));

export function isMessageKey(value: string): value is MessageKey {
  return keys.has(value);
}
