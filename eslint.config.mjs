import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of STYLE.md: app -> components -> lib. Code in lib/ is reached by unit tests
// without a browser, so it must not lean on the layers above it.
const noUpwardImports = {
  group: ["@/app/*", "@/components/*"],
  message: "lib/ must not import from app/ or components/: move the shared piece into lib/.",
};

// The figures engine, its plain-words reading and the shared schemas are pure TypeScript.
const noFrameworkImports = {
  group: ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "server-only"],
  message: "This module is pure TypeScript: no Next, React or Prisma (DESIGN.md, Architecture).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noUpwardImports] }] },
  },
  {
    files: ["lib/figures/**/*.ts", "lib/reading/**/*.ts", "lib/validation/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noUpwardImports, noFrameworkImports] }],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "node_modules/**",
    "playwright-report/**",
    "test-results/**",
    "coverage/**",
  ]),
]);
