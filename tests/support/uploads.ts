// Upload tickets in tests: files below the multipart threshold always get one presigned PUT.
import type { PutTicket, UploadTicket } from "@/lib/uploads/types";

export function asPut(ticket: UploadTicket): PutTicket {
  if (!("url" in ticket)) throw new Error("expected a single-PUT ticket, got a multipart one");
  return ticket;
}
