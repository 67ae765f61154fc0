// The S3 server for demo mode and tests: s3rver, in-process, on the loopback address only.
// It enforces URL expiry and CORS but not signatures (docs/platform-notes.md), and it lets anonymous requests read
// and list: that is why it never listens beyond 127.0.0.1 and production must use a real store.
import { mkdirSync } from "node:fs";
import S3rver from "s3rver";
import { corsXml } from "./cors";

export type EmbeddedS3 = { endpoint: string; port: number; close: () => Promise<void> };

export type EmbeddedS3Options = {
  /** 0 picks a free port (tests); the actual one is returned. */
  port: number;
  directory: string;
  bucket: string;
  /** Browser origins allowed to PUT and GET through presigned URLs, e.g. the portal's public URL. */
  allowedOrigins: string[];
};

export async function startEmbeddedS3(options: EmbeddedS3Options): Promise<EmbeddedS3> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port,
    directory: options.directory,
    silent: true,
    // Requests come path-style; vhost guessing would misroute any non-IP public host name.
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket, configs: [corsXml(options.allowedOrigins)] }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: async () => {
      // close() waits for open keep-alive sockets; idle SDK connections would otherwise hold it open.
      const closing = server.close();
      server.httpServer?.closeIdleConnections();
      await closing;
    },
  };
}
