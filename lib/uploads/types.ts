// Shapes shared by the upload server code and the browser's uploader (no server imports here).

/** Parts of one file the browser sends at once: enough to keep a fast link busy while the next part is signed. */
export const PARALLEL_PARTS = 4;

/** What the browser declares about a file before it may upload it. */
export type DeclaredFile = { fileName: string; contentType: string; size: number };

/** A narrower rule than the portal-wide one for one kind of upload (the logo): fewer content types, a lower limit. */
export type FilePolicy = { contentTypes: readonly string[]; maxBytes: number };

/**
 * Step 1's answer: where to PUT the bytes and the headers to send exactly; or, for a large file, that it goes in
 * `partCount` parts of `partBytes` (the last one shorter), each PUT to a URL signed on request.
 */
export type PutTicket = { uploadId: string; url: string; headers: Record<string, string> };
export type PartsTicket = { uploadId: string; multipart: { partBytes: number; partCount: number } };
export type UploadTicket = PutTicket | PartsTicket;

/** A part the store has received: its number (1-based) and the ETag the store answered with. */
export type UploadedPart = { partNumber: number; etag: string };

/** Step 2's answer: the upload passed the checks and can be attached to a document or message. */
export type VerifiedUpload = { uploadId: string; fileName: string; size: number; contentType: string };

/** The three document lists of a dossier (the tabs Correspondentie, Documenten, Door mij aangeleverd). */
export type DocumentKind = "correspondence" | "document" | "supplied";
