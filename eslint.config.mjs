import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next*/**",
    "bench/floor/.next/**",
    ".data/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    // Server code logs through pino (lib/log.ts): JSON lines at LOG_LEVEL, never free text on the console.
    files: ["app/**", "lib/**", "db/**", "components/**", "i18n/**", "instrumentation.ts", "proxy.ts"],
    rules: { "no-console": "error" },
  },
]);
