// Refuses a mistake in the app's settings (lib/env.ts: the public origin, the proxies, the
// timings) before anything is built: `tsx scripts/check-environment.ts` prints one line per
// mistake on stderr and exits 1, or says nothing and exits 0. `npm start` runs it first; the
// server checks again at every start (instrumentation.ts).
import { checkEnvironment } from "../lib/env";

const result = checkEnvironment(process.env);
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  process.exit(1);
}
