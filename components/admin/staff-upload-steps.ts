"use client";

import type { UploadSteps } from "@/components/uploads/file-uploader";
import { completeUploadAction, discardUploadAction, requestUploadAction, signUploadPartAction } from "@/lib/uploads/actions";

/** The staff flavour of the three upload steps, for attachments to a message in this dossier. */
export function staffUploadSteps(dossierId: string): UploadSteps {
  return {
    requestUpload: (file) => requestUploadAction({ dossierId, ...file }),
    signPart: (uploadId, partNumber) => signUploadPartAction({ uploadId, partNumber }),
    completeUpload: (uploadId, parts) => completeUploadAction({ uploadId, parts }),
    discardUpload: (uploadId) => discardUploadAction({ uploadId }),
  };
}
