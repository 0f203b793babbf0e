// The layers' fences are ESLint rules (eslint.config.mjs); these cases prove each one stops an
// import going the wrong way, with its message, and lets the right way through. One row per case:
// add a fence, add its rows.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

interface FenceCase {
  /** What the row shows, in words. */
  name: string;
  /** Where the snippet would live: the fences are chosen by path. */
  filePath: string;
  code: string;
  /** The fence's message, or null when the import is allowed. */
  refused: RegExp | null;
}

const APP_FENCE = /components\/ must not import from app\//;

const CASES: FenceCase[] = [
  {
    name: "a component importing a page's server actions is refused",
    filePath: "components/x.tsx",
    code: 'import { createDraftAction } from "@/app/claims/actions";\nexport const save = createDraftAction;\n',
    refused: APP_FENCE,
  },
  {
    name: "a component importing a type from app/ is refused too",
    filePath: "components/newsroom/x.tsx",
    code: 'import type { ReviewActionState } from "@/app/review/actions";\nexport type State = ReviewActionState;\n',
    refused: APP_FENCE,
  },
  {
    name: "a component reaching app/ by a relative path is refused",
    filePath: "components/newsroom/x.tsx",
    code: 'import { createSourceAction } from "../../app/sources/actions";\nexport const create = createSourceAction;\n',
    refused: APP_FENCE,
  },
  {
    name: "a page importing its own server actions is allowed",
    filePath: "app/claims/new/x.tsx",
    code: 'import { createDraftAction } from "@/app/claims/actions";\nexport const save = createDraftAction;\n',
    refused: null,
  },
  {
    name: "a component importing another component and lib/ is allowed",
    filePath: "components/x.tsx",
    code: 'import { Button } from "@/components/ui/button";\nimport { success } from "@/lib/auth/action-result";\nexport const parts = [Button, success];\n',
    refused: null,
  },
];

// The project's own configuration, as `npx eslint .` reads it.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

describe("the layers' fences in ESLint", () => {
  it.each(CASES)("$name", async ({ filePath, code, refused }) => {
    const messages = await restrictedImports(code, filePath);
    if (refused === null) expect(messages).toEqual([]);
    else expect(messages).toEqual([expect.stringMatching(refused)]);
  });
});
