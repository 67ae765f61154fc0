"use server";

import { clientAction, staffAction } from "@/lib/safe-action";
import { completeUploadSchema, requestUploadSchema, signPartSchema, uploadIdSchema } from "./schema";
import { completeUpload, discardUpload, requestUpload, signUploadPart } from "./uploads";

// Staff flavours of the three upload steps; the logic is in ./uploads.ts so client flavours can reuse it.

export const requestUploadAction = staffAction(requestUploadSchema, (input, { viewer, ip }) => requestUpload({ viewer, ip, ...input }));

export const signUploadPartAction = staffAction(signPartSchema, (input, { viewer }) => signUploadPart({ viewer, ...input }));

export const completeUploadAction = staffAction(completeUploadSchema, (input, { viewer }) => completeUpload({ viewer, ...input }));

export const discardUploadAction = staffAction(uploadIdSchema, async ({ uploadId }, { viewer }) => {
  await discardUpload({ viewer, uploadId });
});

// Client flavours: a client uploads only into a dossier they are linked to (checked in ./uploads.ts), and only
// completes or discards their own uploads.

export const requestClientUploadAction = clientAction(requestUploadSchema, (input, { viewer, ip }) =>
  requestUpload({ viewer, ip, ...input }),
);

export const signClientUploadPartAction = clientAction(signPartSchema, (input, { viewer }) => signUploadPart({ viewer, ...input }));

export const completeClientUploadAction = clientAction(completeUploadSchema, (input, { viewer }) => completeUpload({ viewer, ...input }));

export const discardClientUploadAction = clientAction(uploadIdSchema, async ({ uploadId }, { viewer }) => {
  await discardUpload({ viewer, uploadId });
});
