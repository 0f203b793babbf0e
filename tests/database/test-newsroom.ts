// A newsroom of a test file's own: an editor, a story, a quantity of it and a source, made
// through the app's own writes in the file's database (./test-database.ts); and a draft of one
// figure for them.
import type { Role } from "@/lib/data/enums";
import { claimDraftInput, type ClaimDraftInput } from "@/lib/validation/newsroom";
import { AT_LEAST_29_FORM } from "@/tests/figures/at-least-29";
import type { Actor } from "@/lib/auth/policy";
import { createDraftClaim, updateDraftClaim } from "@/lib/data/claims";
import { createQuantity } from "@/lib/data/quantities";
import { createSource } from "@/lib/data/sources";
import { createStory } from "@/lib/data/stories";
import { createUser } from "@/lib/data/users";
import { db } from "./test-database";

/** Not a real bcrypt hash: these accounts never sign in. */
export const TEST_PASSWORD_HASH = "$2b$12$not.a.real.hash.only.for.these.tests.............";

let counter = 0;

/** A new account of `role`, with an email no other call gives. */
export async function testPerson(role: Role = "editor", prefix = "person") {
  counter += 1;
  const user = await createUser(
    {
      email: `${prefix}${counter}@newsroom.org`,
      name: `Person ${counter}`,
      role,
      passwordHash: TEST_PASSWORD_HASH,
    },
    null,
  );
  if (user === "email_taken") throw new Error("unexpected duplicate");
  return user;
}

/** The toll of Turkish soldiers killed in the Idlib strikes, as a quantity's fields (its story and dates aside). */
export const IDLIB_TOLL = {
  label: "Turkish soldiers killed",
  unit: "soldiers",
  cumulative: true,
  scopeWho: "Turkish soldiers",
  scopePlace: "Idlib",
  measure: "killed",
  headlinePolicy: "consensus",
} as const;

/** An editor, a story about the Idlib strikes, its toll of Turkish soldiers and the Hatay governor as a source. */
export async function testNewsroom(prefix = "newsroom") {
  const editor = await testPerson("editor", prefix);
  const story = await createStory(editor.id, {
    title: `Idlib strikes ${counter}`,
    summary: "",
    date: "2020-02-27",
    place: "Idlib",
  });
  const quantity = await createQuantity(editor.id, {
    storyId: story.id,
    ...IDLIB_TOLL,
    scopeFrom: "2020-02-27",
    scopeTo: null,
  });
  if (!quantity.ok) throw new Error("no quantity");
  const { source } = await createSource(editor.id, {
    name: `Governor of Hatay ${counter}`,
    kind: "government",
    country: "Turkey",
    homepage: null,
  });
  return {
    editor,
    storyId: story.id,
    quantityId: quantity.data.id,
    sourceId: source.id,
    sourceName: source.name,
  };
}

/** The governor's "at least 29" as the claim form sends it, every field a string, for the quantity and source given. */
export function testDraftForm(
  quantityId: string,
  sourceId: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    sentence: "At least 29 Turkish soldiers were killed, the governor of Hatay said.",
    language: "en",
    ...AT_LEAST_29_FORM,
    unit: "soldiers",
    quantityId,
    sourceId,
    relayedById: "",
    articleUrl: "https://example.org/idlib",
    archiveUrl: "",
    publisher: "Example Wire",
    headline: "",
    publishedAt: "2020-02-27T23:00",
    reportedAt: "2020-02-27T22:00",
    ...overrides,
  };
}

/** The same, as the form's input reads it. */
export function testDraftInput(
  quantityId: string,
  sourceId: string,
  overrides: Record<string, string> = {},
): ClaimDraftInput {
  return claimDraftInput.parse(testDraftForm(quantityId, sourceId, overrides));
}

type TestPlace = { quantityId: string; sourceId: string };

/** The draft form's input for "at least `low`" Turkish soldiers killed, as the governor of Hatay said. */
const atLeastInput = (newsroom: TestPlace, low: number) =>
  testDraftInput(newsroom.quantityId, newsroom.sourceId, {
    sentence: `At least ${low} Turkish soldiers were killed, the governor of Hatay said.`,
    quote: `At least ${low}`,
    value: `${low}`,
    low: `${low}`,
  });

/** A draft of "at least `low`", saved by `authorId`: the claim stored. */
export async function atLeastDraft(newsroom: TestPlace, authorId: string, low = 29) {
  const made = await createDraftClaim(authorId, atLeastInput(newsroom, low));
  if (!made.ok) throw new Error(`no draft: ${made.error.message}`);
  return db.claim.findUniqueOrThrow({ where: { id: made.data.id } });
}

/** `actor`'s edit of a draft, seen at `version`, to say "at least `low`": the edit's answer. */
export const editToAtLeast = (
  newsroom: TestPlace,
  actor: Actor,
  draft: { claimId: string; version: number },
  low: number,
) => updateDraftClaim(actor, { ...atLeastInput(newsroom, low), ...draft });
