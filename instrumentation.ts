// Runs once when a server starts (not during `next build`).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startDeliveryLoop } = await import("./lib/notify/delivery-loop");
  const { startUploadCleanupLoop } = await import("./lib/uploads/cleanup-loop");
  startDeliveryLoop();
  startUploadCleanupLoop();
}
