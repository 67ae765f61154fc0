import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { offices, uploads, type FaqEntry } from "@/db/schema";
import type { AdminViewer } from "@/lib/core/viewer";
import { presignLogoPreview } from "./logo";

export type OfficeSettings = {
  name: string;
  contactPhone: string | null;
  contactEmail: string | null;
  brandColor: string;
  hostnames: string[];
  faq: FaqEntry[];
  /** The current logo's original file name and a short-lived URL to show it; null when there is none. */
  logo: { fileName: string; previewUrl: string } | null;
};

/** The settings of the admin's own office; null when the office is gone (→ 404). */
export async function getOfficeSettings({ viewer }: { viewer: AdminViewer }): Promise<OfficeSettings | null> {
  const db = await getDb();
  const [office] = await db
    .select({
      name: offices.name,
      contactPhone: offices.contactPhone,
      contactEmail: offices.contactEmail,
      brandColor: offices.brandColor,
      hostnames: offices.hostnames,
      faq: offices.faq,
      logoKey: offices.logoKey,
    })
    .from(offices)
    .where(eq(offices.id, viewer.officeId))
    .limit(1);
  if (!office) return null;
  const { logoKey, ...settings } = office;
  if (!logoKey) return { ...settings, logo: null };
  // The upload row of the attached logo keeps its original name and verified type.
  const [upload] = await db
    .select({ fileName: uploads.fileName, contentType: uploads.contentType })
    .from(uploads)
    .where(and(eq(uploads.storageKey, logoKey), eq(uploads.officeId, viewer.officeId)))
    .limit(1);
  if (!upload) return { ...settings, logo: null };
  const previewUrl = await presignLogoPreview({ key: logoKey, ...upload });
  return { ...settings, logo: { fileName: upload.fileName, previewUrl } };
}
