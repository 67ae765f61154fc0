import "server-only";
import { revalidatePath } from "next/cache";
import { isInjectedContext } from "@/lib/safe-action";

/** Refreshes the pages that show what an action changed; outside a Next.js request (integration tests) a no-op. */
export function revalidate(...paths: string[]): void {
  if (isInjectedContext()) return;
  for (const path of paths) revalidatePath(path);
}
