"use client";

import type { UploadSteps } from "@/components/uploads/file-uploader";
import { completeClientUploadAction, discardClientUploadAction, requestClientUploadAction } from "@/lib/uploads/actions";

/** The client flavour of the three upload steps, for attachments to a message in one of their dossiers. */
export function clientUploadSteps(dossierId: string): UploadSteps {
  return {
    requestUpload: (file) => requestClientUploadAction({ dossierId, ...file }),
    completeUpload: (uploadId) => completeClientUploadAction({ uploadId }),
    discardUpload: (uploadId) => discardClientUploadAction({ uploadId }),
  };
}
