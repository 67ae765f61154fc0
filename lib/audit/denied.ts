import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/core/viewer";
import { isUuid } from "@/lib/core/ids";
import { getRequestIp } from "@/lib/request-ip";
import { recordAudit } from "./record";

/**
 * A page asked for something that is not the viewer's (another client's or office's id, or an unlinked
 * dossier): recorded as an attempt, then answered as "not found" like anything that does not exist.
 * Ids that are not even UUIDs are only answered, not recorded.
 */
export async function deniedNotFound(viewer: Viewer, subject: { type: "dossier" | "message"; id: string }): Promise<never> {
  if (isUuid(subject.id)) {
    await recordAudit(await getDb(), {
      officeId: viewer.officeId,
      actorId: viewer.userId,
      action: `${subject.type}.access_denied`,
      subjectType: subject.type,
      subjectId: subject.id,
      ip: await getRequestIp(),
    });
  }
  notFound();
}
