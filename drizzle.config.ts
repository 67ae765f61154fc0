import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used: it diffs db/schema.ts against the committed migrations, no database needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
