// The browser → store transfer. XMLHttpRequest rather than fetch because only it reports upload progress.

export type PutTicket = { url: string; headers: Record<string, string> };

export class TransferError extends Error {
  constructor() {
    super("uploads.transfer_failed");
    this.name = "TransferError";
  }
}

/** PUTs `file` to a presigned URL with exactly the signed headers; `onProgress` gets 0..1. */
export async function putFile(file: File, ticket: PutTicket, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<void> {
  await put(file, ticket, onProgress, signal);
}

/** PUTs one part of a multipart upload; resolves with the ETag the store answered (the CORS rules expose it). */
export async function putPart(part: Blob, url: string, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  const xhr = await put(part, { url, headers: {} }, onProgress, signal);
  const etag = xhr.getResponseHeader("ETag");
  if (!etag) throw new TransferError();
  return etag;
}

function put(body: Blob, ticket: PutTicket, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", ticket.url);
    for (const [name, value] of Object.entries(ticket.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve(xhr) : reject(new TransferError()));
    xhr.onerror = () => reject(new TransferError());
    xhr.onabort = () => reject(new TransferError());
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
