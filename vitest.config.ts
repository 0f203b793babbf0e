import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests run in a zone that is not UTC, so a date computed in the wrong zone fails here
// rather than in a newsroom at midnight. Set before any test file loads.
process.env.TZ = "Europe/Paris";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: fileURLToPath(new URL("./", import.meta.url)) },
      // lib/data starts with `import "server-only"`, which throws outside a React Server
      // Components build. Tests are server code too: they get the package's own empty module,
      // the one Next picks under the "react-server" condition.
      {
        find: /^server-only$/,
        replacement: fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Each test file's own database in place of the app's, and a console.error fails a test.
    setupFiles: ["tests/setup.ts"],
  },
});
