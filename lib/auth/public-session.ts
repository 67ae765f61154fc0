import "server-only";

/**
 * What `/api/auth/session` may tell a browser. The session object the server works with carries internal ids
 * (user id, session version, the 2-step challenge id, sign-in times); no client code reads the endpoint (the
 * portal renders on the server), so a browser learns only whether it is signed in and until when.
 */
export function publicSession(session: unknown): { expires: string } | null {
  if (!session || typeof session !== "object") return null;
  const { expires } = session as { expires?: unknown };
  return typeof expires === "string" ? { expires } : null;
}

/** next-auth's answer with the session in its body trimmed by `publicSession`; cookies and status kept. */
export async function withPublicSession(request: Request, response: Response): Promise<Response> {
  if (new URL(request.url).pathname !== "/api/auth/session" || !response.headers.get("content-type")?.includes("application/json")) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(publicSession(await response.json())), { status: response.status, headers });
}
