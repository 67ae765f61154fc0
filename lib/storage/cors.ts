// The one CORS rule the portal's bucket needs: browsers at the portal's origins PUT (uploads) and GET/HEAD
// (downloads, previews) through presigned URLs. The embedded server gets it as XML, an external store through
// PutBucketCors at start (lib/storage/bucket-setup.ts).
import type { CORSRule } from "@aws-sdk/client-s3";

export function corsRule(allowedOrigins: string[]): CORSRule {
  if (allowedOrigins.length === 0) throw new Error("corsRule: at least one allowed origin is required");
  return {
    AllowedOrigins: allowedOrigins.map((origin) => {
      const parsed = new URL(origin);
      // An origin is scheme://host[:port]; anything else (paths, "*") would widen or break the rule.
      if (parsed.origin !== origin.replace(/\/$/, "")) throw new Error(`Not an origin: ${origin}`);
      return parsed.origin;
    }),
    AllowedMethods: ["GET", "PUT", "HEAD"],
    AllowedHeaders: ["Content-Type", "Range"],
    ExposeHeaders: ["ETag"],
    MaxAgeSeconds: 600,
  };
}

/** The rule as the CORSConfiguration XML document s3rver takes. */
export function corsXml(allowedOrigins: string[]): string {
  const rule = corsRule(allowedOrigins);
  const elements = (name: string, values: string[] = []) => values.map((value) => `<${name}>${escapeXml(value)}</${name}>`);
  return [
    "<CORSConfiguration>",
    "<CORSRule>",
    ...elements("AllowedOrigin", rule.AllowedOrigins),
    ...elements("AllowedMethod", rule.AllowedMethods),
    ...elements("AllowedHeader", rule.AllowedHeaders),
    ...elements("ExposeHeader", rule.ExposeHeaders),
    `<MaxAgeSeconds>${rule.MaxAgeSeconds}</MaxAgeSeconds>`,
    "</CORSRule>",
    "</CORSConfiguration>",
  ].join("");
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
