import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The catalogues are compiled at build time (issue 12): no ICU parser in the browser's JavaScript, and no parsing
// of a message on the server each time a page uses it.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["nl", "en"], precompile: true } },
});

// Headers that hold for every response, static files included; the CSP (with its per-request nonce) is set in proxy.ts.
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Build tooling may set NEXT_DIST_DIR to build side by side (lib/config.ts is not loaded at build time).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `next build` also writes <distDir>/standalone: the server with only the files it needs, which deploy/Dockerfile
  // runs through scripts/lib/portal-server.mjs. The migrations are files the server reads at start (db/migrate.ts).
  output: "standalone",
  outputFileTracingIncludes: { "/*": ["./db/migrations/**/*"] },
  reactStrictMode: true,
  // `npm test` runs tsc over the whole project (tests included); the build for `npm start` need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Native/WASM and server-only packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "s3rver", "postgres"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The icon sprite's URL carries a hash of its content (components/ui/icon-sprite.ts): cache it for good.
      { source: "/icons.svg", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
