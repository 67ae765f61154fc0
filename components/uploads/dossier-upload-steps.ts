"use client";

import type { UploadSteps } from "./use-file-uploads";
import { completeUploadAction, discardUploadAction, requestUploadAction, signUploadPartAction } from "@/lib/uploads/actions";

/** The upload steps into a dossier, for staff and clients alike (the actions check who may upload where). */
export function dossierUploadSteps(dossierId: string): UploadSteps {
  return {
    requestUpload: (file) => requestUploadAction({ dossierId, ...file }),
    signPart: (uploadId, partNumber) => signUploadPartAction({ uploadId, partNumber }),
    completeUpload: (uploadId, parts) => completeUploadAction({ uploadId, parts }),
    discardUpload: (uploadId) => discardUploadAction({ uploadId }),
  };
}
