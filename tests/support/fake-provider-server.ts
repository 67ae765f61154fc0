// A local stand-in for the Resend and Vonage SMS APIs: records every request and answers like the real service,
// so tests exercise the real SDKs over HTTP instead of mocking them.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON or form body; the raw text when it is neither. */
  body: unknown;
};

export type FakeProviderServer = {
  /** Base URL, e.g. http://127.0.0.1:41234 — use as RESEND_BASE_URL and VONAGE_REST_HOST. */
  url: string;
  requests: RecordedRequest[];
  /** While set, Resend answers 422 and Vonage answers status "4" (what each does for a rejected message). */
  failing: boolean;
  /** The next this many e-mail requests get a 500 (a provider outage), then answers are normal again. */
  serverErrors: number;
  /** While set, requests are handled (an e-mail counts as delivered) but never answered: a hung provider, or a
   *  worker that dies before the answer arrives. */
  holding: boolean;
  /** Like Resend: a repeated Idempotency-Key gets the first answer again and sends nothing new. */
  honourIdempotency: boolean;
  /** E-mails the provider accepted for sending (with honourIdempotency, once per key). */
  readonly deliveries: number;
  reset(): void;
  close(): Promise<void>;
};

export async function startFakeProviderServer(): Promise<FakeProviderServer> {
  const state = {
    failing: false,
    serverErrors: 0,
    holding: false,
    honourIdempotency: false,
    deliveries: 0,
    sentByKey: new Map<string, string>(),
    requests: [] as RecordedRequest[],
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      state.requests.push({ method: req.method ?? "", path, headers: req.headers, body: parseBody(raw, req.headers) });
      // Handled as usual, but while holding the answer is lost on its way back.
      const reply = (status: number, body: unknown) => (state.holding ? undefined : json(res, status, body));
      if (req.method === "POST" && path === "/emails") {
        if (state.serverErrors > 0) {
          state.serverErrors -= 1;
          return reply(500, { statusCode: 500, name: "internal_server_error", message: "Unexpected error" });
        }
        const key = req.headers["idempotency-key"];
        if (!state.failing && state.honourIdempotency && typeof key === "string" && state.sentByKey.has(key)) {
          return reply(200, { id: state.sentByKey.get(key) });
        }
        if (!state.failing) {
          const id = randomUUID();
          if (typeof key === "string") state.sentByKey.set(key, id);
          state.deliveries += 1;
          return reply(200, { id });
        }
      }
      if (!state.holding) answer(req.method ?? "", path, state.failing, res);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get failing() {
      return state.failing;
    },
    set failing(value: boolean) {
      state.failing = value;
    },
    get serverErrors() {
      return state.serverErrors;
    },
    set serverErrors(value: number) {
      state.serverErrors = value;
    },
    get holding() {
      return state.holding;
    },
    set holding(value: boolean) {
      state.holding = value;
    },
    get honourIdempotency() {
      return state.honourIdempotency;
    },
    set honourIdempotency(value: boolean) {
      state.honourIdempotency = value;
    },
    get deliveries() {
      return state.deliveries;
    },
    reset() {
      state.requests.length = 0;
      state.failing = false;
      state.serverErrors = 0;
      state.holding = false;
      state.honourIdempotency = false;
      state.deliveries = 0;
      state.sentByKey.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function parseBody(raw: string, headers: IncomingHttpHeaders): unknown {
  const type = headers["content-type"] ?? "";
  if (type.includes("application/json")) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(raw));
  return raw;
}

function answer(method: string, path: string, failing: boolean, res: ServerResponse): void {
  if (method === "POST" && path === "/emails") {
    if (failing) {
      return json(res, 422, { statusCode: 422, name: "validation_error", message: "Invalid `to` field." });
    }
    return json(res, 200, { id: randomUUID() });
  }
  if (method === "POST" && path === "/sms/json") {
    // The SMS API reports rejected messages with HTTP 200 and a non-zero status per message.
    const message = failing
      ? { status: "4", "error-text": "Bad Credentials" }
      : { status: "0", "message-id": randomUUID(), to: "", "remaining-balance": "10.0", "message-price": "0.07" };
    return json(res, 200, { "message-count": "1", messages: [message] });
  }
  json(res, 404, { message: "Not found" });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
