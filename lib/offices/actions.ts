"use server";

import { z } from "zod";
import { revalidate } from "@/lib/revalidate";
import { adminAction } from "@/lib/safe-action";
import { attachLogo, removeLogo, startLogoUpload } from "./logo";
import { completeLogoUploadSchema, officeDetailsSchema, officeFaqSchema, requestLogoUploadSchema } from "./schema";
import { updateOfficeDetails, updateOfficeFaq } from "./update";

// Office settings belong to the office admin; the office is always the admin's own (from the session).

export const updateOfficeDetailsAction = adminAction(officeDetailsSchema, async (input, { viewer, ip }) => {
  const changed = await updateOfficeDetails({ viewer, ip }, input);
  revalidate("/admin/settings");
  return { changed };
});

export const updateOfficeFaqAction = adminAction(officeFaqSchema, async (input, { viewer, ip }) => {
  const changed = await updateOfficeFaq({ viewer, ip }, input);
  revalidate("/admin/settings");
  return { changed };
});

export const requestLogoUploadAction = adminAction(requestLogoUploadSchema, (input, { viewer, ip }) =>
  startLogoUpload({ viewer, ip }, input),
);

export const completeLogoUploadAction = adminAction(completeLogoUploadSchema, async ({ uploadId }, { viewer, ip }) => {
  const logo = await attachLogo({ viewer, ip }, uploadId);
  revalidate("/admin/settings");
  return logo;
});

export const removeLogoAction = adminAction(z.object({}), async (_input, { viewer, ip }) => {
  await removeLogo({ viewer, ip });
  revalidate("/admin/settings");
});
