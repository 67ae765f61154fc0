// Runs once when a server starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // First: configuration checked and database migrated, or exit 1 (the standalone server has no launcher).
  const { prepareServer } = await import("./lib/server-start");
  await prepareServer();
  const { exposeShutdownHook } = await import("./lib/shutdown");
  exposeShutdownHook(); // for scripts/lib/portal-server.mjs on SIGTERM/SIGINT
  const { exposeRequestPolicyHook } = await import("./lib/http/request-policy");
  exposeRequestPolicyHook(); // for scripts/lib/portal-server.mjs, on every request
  const { getConfig } = await import("./lib/config");
  if (getConfig().worker === "off") return; // a separate `npm run worker` does this work
  const { startBackgroundJobs } = await import("./lib/jobs/background");
  startBackgroundJobs();
}
