// The bench's own unit tests: `npx vitest run -c scripts/bench/vitest.config.ts`. The project's
// config only looks in lib/; this one looks in scripts/bench instead and keeps the rest of it.
import { defineConfig } from "vitest/config";
import projectConfig from "../../vitest.config";

export default defineConfig({ ...projectConfig, test: { ...projectConfig.test, include: ["scripts/bench/**/*.test.ts"] } });
