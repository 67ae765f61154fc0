// Shapes shared by the upload server code and the browser's uploader (no server imports here).

/** What the browser declares about a file before it may upload it. */
export type DeclaredFile = { fileName: string; contentType: string; size: number };

/** A narrower rule than the portal-wide one for one kind of upload (the logo): fewer content types, a lower limit. */
export type FilePolicy = { contentTypes: readonly string[]; maxBytes: number };

/** Step 1's answer: where to PUT the bytes and the headers to send exactly. */
export type UploadTicket = { uploadId: string; url: string; headers: Record<string, string> };

/** Step 2's answer: the upload passed the checks and can be attached to a document or message. */
export type VerifiedUpload = { uploadId: string; fileName: string; size: number; contentType: string };

/** The three document lists of a dossier (the tabs Correspondentie, Documenten, Door mij aangeleverd). */
export type DocumentKind = "correspondence" | "document" | "supplied";
