// `npm run test:security`: the security suite alone. The unit tests of the security rules
// (passwords, roles, https cookies, same-origin posts, safe return paths, audit, backups, the
// public origin and the open data's ETags), then the browser specs against a production build
// with a new database (scripts/e2e.mjs): every spec of e2e/security/ plus the authorization,
// sign-in and security-header specs. Extra arguments go to Playwright. `npm test` runs all of these too, with everything else.
import { runE2E } from "./e2e.mjs";
import { printSummary, runVitest } from "./test-summary.mjs";

const SECURITY_UNIT_TESTS = [
  "lib/auth/",
  "lib/security/",
  "lib/validation/return-path.test.ts",
  "lib/data/users.test.ts",
  "lib/data/audit.test.ts",
  "lib/data/backup.test.ts",
  "lib/data/database-client.test.ts",
  "lib/public/public-origin.test.ts",
  "lib/public/open-data/etag.test.ts",
  "lib/public/open-data/respond.test.ts",
];
const SECURITY_SPECS = [
  "e2e/security/",
  "e2e/durability/",
  "e2e/authorization.spec.ts",
  "e2e/auth.spec.ts",
  "e2e/security-headers.spec.ts",
];
/** @returns {Promise<import("./test-summary.mjs").StepResult>} */
function runUnit() {
  console.log("== security: vitest run ==");
  return runVitest({
    name: "security unit (vitest)",
    report: "test-results/security-unit.json",
    args: SECURITY_UNIT_TESTS,
  });
}

const results = [await runUnit(), await runE2E([...SECURITY_SPECS, ...process.argv.slice(2)])];
process.exit(printSummary(results));
