// Refuses a bad PUBLIC_ORIGIN or NEXTAUTH_URL in one line before anything is built
// (lib/public/public-origin.ts): `tsx scripts/check-public-origin.ts` prints what is wrong on
// stderr and exits 1, or says nothing and exits 0. `npm start` runs it first; the server checks
// again at every start (instrumentation.ts).
import { checkPublicOrigin } from "../lib/public/public-origin";

const result = checkPublicOrigin(process.env);
if (!result.ok) {
  console.error(result.problem);
  process.exit(1);
}
