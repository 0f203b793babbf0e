import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of STYLE.md: app -> components -> lib. Code in lib/ is reached by unit tests
// without a browser, so it must not lean on the layers above it.
const noUpwardImports = {
  group: ["@/app/*", "@/components/*"],
  message: "lib/ must not import from app/ or components/: move the shared piece into lib/.",
};

// Components sit under app/: a page imports its server actions and hands them to a client
// component as props (rallly does the same), so no component reaches up into app/.
const noAppImports = {
  regex: "^(@/|(\\.\\./)+)app(/|$)",
  message: "components/ must not import from app/: let the page pass the server action (or the value) as a prop.",
};

// The figures engine, its words (lib/explain), its plain-words reading and the shared schemas
// are pure TypeScript.
const noFrameworkImports = {
  group: ["next", "next/*", "react", "react-dom", "react/*", "@prisma/*", "server-only"],
  message: "This module is pure TypeScript: no Next, React or Prisma (DESIGN.md, Architecture).",
};

// Only data files may import the database (STYLE.md, "One door to the database"), as rallly's
// linter says of its own. Only lib/data imports the Prisma client with its types and enums
// (lib/generated), Prisma's packages, the drivers (better-sqlite3, pg) and lib/data's own
// clients (db, database-client, sqlite-adapter). Everything else calls a data function and
// takes its types from lib/data (the schema's enums: lib/data/enums.ts). Left outside the
// fence, as they manage databases rather than use one: the seed beside the schema (prisma/,
// prisma.config.ts), scripts/ (migrate, back up, restore, seed, benchmark), the test databases
// (tests/database/: every other test goes through them, tests/database/README.md), and the
// browser tests' own helpers, which open the run's database from outside the server (the specs
// go through them). Proved by tests/lint-fence-database.test.ts.
const notTheDatabase =
  "Only lib/data may import the database: call a data function in lib/data instead (tests: tests/database; browser tests: e2e/support/database.ts)";
const onlyDataFilesImportTheDatabase = {
  paths: [
    { name: "better-sqlite3", message: `${notTheDatabase}.` },
    { name: "pg", message: `${notTheDatabase}.` },
  ],
  patterns: [
    { group: ["@prisma/*"], message: `${notTheDatabase}.` },
    {
      regex: "(^|/)generated/prisma",
      message: `${notTheDatabase}, and take its types from lib/data (the enums: @/lib/data/enums).`,
    },
    { regex: "(^|/)data/(db|database-client|sqlite-adapter)$", message: `${notTheDatabase}.` },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // `const { dropped, ...kept } = value` is how a field is left out of a copy.
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noUpwardImports] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [noAppImports] }] },
  },
  {
    files: [
      "lib/figures/**/*.ts",
      "lib/explain/**/*.ts",
      "lib/reading/**/*.ts",
      "lib/validation/**/*.ts",
      "lib/public/open-data/{schemas,openapi,openapi-webhooks}.ts",
    ],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noUpwardImports, noFrameworkImports] }],
    },
  },
  {
    // typescript-eslint's copy of no-restricted-imports, so this fence adds to the layer rules
    // above instead of replacing them (ESLint keeps only the last options given to one rule).
    files: ["**/*.{ts,tsx,mts,js,mjs}"],
    ignores: [
      "lib/data/**",
      "lib/generated/**",
      "prisma/**",
      "prisma.config.ts",
      "scripts/**",
      "tests/database/**",
      "e2e/support/database.ts",
      "e2e/security/support.ts",
      "e2e/durability/faults-support.ts",
      "e2e/durability/load-databases.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", onlyDataFilesImportTheDatabase],
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
