"use server";

import { z } from "zod";
import { revalidate } from "@/lib/revalidate";
import { adminAction } from "@/lib/safe-action";
import { retryFailedDelivery } from "./failed";

/** Opnieuw proberen on /admin/outbox: a failed e-mail or SMS of the admin's office is queued again. */
export const retryDeliveryAction = adminAction(z.object({ outboxId: z.string().max(64) }), async ({ outboxId }, { viewer, ip }) => {
  await retryFailedDelivery({ viewer, ip, outboxId });
  revalidate("/admin/outbox");
});
