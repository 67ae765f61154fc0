import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const shared = {
  resolve: {
    alias: {
      "@": root,
      // The real package throws outside React Server Components; tests run server code directly.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
};

const sharedTest = {
  environment: "node" as const,
  // On Node 20 (still supported, and this machine's) the AWS SDK warns that its 2027 releases need Node 22 (README
  // "Requirements"); it would only bury test output. Node 24, the production runtime, has no such warning.
  env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  // next-auth imports "next/server" without an extension; let Vite resolve it instead of Node's ESM loader.
  server: { deps: { inline: ["next-auth", "@auth/core"] } },
};

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { ...sharedTest, name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        ...shared,
        test: {
          ...sharedTest,
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Each file opens its own database and S3 server; one at a time keeps 2 cores and PGlite happy.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
