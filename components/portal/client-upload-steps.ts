"use client";

import type { UploadSteps } from "@/components/uploads/file-uploader";
import {
  completeClientUploadAction,
  discardClientUploadAction,
  requestClientUploadAction,
  signClientUploadPartAction,
} from "@/lib/uploads/actions";

/** The client flavour of the three upload steps, for attachments to a message in one of their dossiers. */
export function clientUploadSteps(dossierId: string): UploadSteps {
  return {
    requestUpload: (file) => requestClientUploadAction({ dossierId, ...file }),
    signPart: (uploadId, partNumber) => signClientUploadPartAction({ uploadId, partNumber }),
    completeUpload: (uploadId, parts) => completeClientUploadAction({ uploadId, parts }),
    discardUpload: (uploadId) => discardClientUploadAction({ uploadId }),
  };
}
