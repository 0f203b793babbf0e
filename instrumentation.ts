// Next calls register() once when a server process starts. The webhook delivery worker runs
// here, in the Node.js runtime only (the Edge runtime has no database), so deliveries go out
// as long as the app is up, with no second process to deploy.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // TRACE never reaches proxy.ts (Next cannot build its Request): refused on the server itself.
  const { refuseFetchForbiddenMethods } = await import("./lib/security/fetch-forbidden-methods");
  refuseFetchForbiddenMethods();
  // A server on a database it cannot use would answer every page with a 500 and keep the cause
  // in its log: it refuses to start instead, in one line (lib/data/database-check.ts). So does
  // one with a mistake in its other settings (lib/env.ts: the public origin, the base of every
  // link it hands out; the trusted proxies; the timings). Never during `next build`, which runs
  // this too and is not the server.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkEnvironment } = await import("./lib/env");
    const settings = checkEnvironment(process.env);
    if (!settings.ok) {
      for (const problem of settings.problems) console.error(problem);
      process.exit(1);
    }
    const { checkDatabase } = await import("./lib/data/database-check");
    const result = await checkDatabase(process.env, { requireMigrated: true });
    if (!result.ok) {
      console.error(result.problem);
      process.exit(1);
    }
  }
  const { startDeliveryWorker } = await import("./lib/webhooks/worker");
  startDeliveryWorker();
}
