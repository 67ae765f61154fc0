// Runs once when a server starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getConfig } = await import("./lib/config");
  if (getConfig().worker === "off") return; // a separate `npm run worker` does this work
  const { startBackgroundJobs } = await import("./lib/jobs/background");
  startBackgroundJobs();
}
