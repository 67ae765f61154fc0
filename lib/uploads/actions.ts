"use server";

import { memberAction } from "@/lib/safe-action";
import { completeUploadSchema, requestUploadSchema, signPartSchema, uploadIdSchema } from "./schema";
import { completeUpload, discardUpload, requestUpload, signUploadPart } from "./uploads";

// The three upload steps and discard, for staff and clients alike: ./uploads.ts admits a dossier of the staff
// member's office or one the client is linked to, and only the viewer's own uploads after the first step.

export const requestUploadAction = memberAction(requestUploadSchema, (input, { viewer, ip }) => requestUpload({ viewer, ip, ...input }));

export const signUploadPartAction = memberAction(signPartSchema, (input, { viewer }) => signUploadPart({ viewer, ...input }));

export const completeUploadAction = memberAction(completeUploadSchema, (input, { viewer }) => completeUpload({ viewer, ...input }));

export const discardUploadAction = memberAction(uploadIdSchema, async ({ uploadId }, { viewer }) => {
  await discardUpload({ viewer, uploadId });
});
