// The floor: a bare Next.js app (the portal's Next version, from the repository's node_modules) that the bench
// measures next to the portal, so every figure is also a ratio to what the framework itself costs.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
