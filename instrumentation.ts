// Next calls register() once when a server process starts. The webhook delivery worker runs
// here, in the Node.js runtime only (the Edge runtime has no database), so deliveries go out
// as long as the app is up, with no second process to deploy.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDeliveryWorker } = await import("./lib/webhooks/worker");
  startDeliveryWorker();
}
