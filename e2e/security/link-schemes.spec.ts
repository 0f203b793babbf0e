import { expect } from "@playwright/test";
import { draftFields } from "../support/claim-fields";
import { ministryQuantity } from "../support/review-fixtures";
import { actionResult, callAction, createAccount, newRequest, readRow, test, type FormFields } from "./support";

// Links people will click: every URL field takes http(s) web addresses only. A script scheme,
// however disguised, is refused with a message next to its field and nothing is saved; where the
// app expects a page of its own (after signing in, after switching language), another site is
// never followed.
test.skip(({ isMobile }) => isMobile, "one run is enough: the calls do not depend on the screen");

const URL_MESSAGE = "Enter a full web address starting with http:// or https://.";

export const BAD_LINKS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "&#106;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example",
  "evil.example/page",
  "http://",
];

test("every URL field refuses script schemes and their disguises, and accepts https", async ({ signedIn }) => {
  const { request, tag } = await signedIn("editor");
  const { quantityId, sourceId } = await ministryQuantity(tag);
  const claim = (sentenceTag: string): FormFields => draftFields(sentenceTag, quantityId, sourceId);
  const article = (articleText: string, link: Record<string, string>) =>
    JSON.stringify([
      {
        articleText,
        language: "en",
        reportedAt: "2020-02-27T22:00",
        figures: [{ start: 15, end: 26, quantityId, sourceId }],
        ...link,
      },
    ]);

  let checked = 0;
  for (const [index, bad] of BAD_LINKS.entries()) {
    const what = (field: string) => `${field} = ${JSON.stringify(bad)}`;

    const sourceName = `Linked source ${tag} ${index}`;
    const source = actionResult(
      (
        await callAction(request, "app/sources/actions.ts#createSourceAction", {
          form: { name: sourceName, kind: "ngo", homepage: bad },
        })
      ).body,
    );
    expect(source?.error?.fields?.homepage, what("source homepage")).toBe(URL_MESSAGE);
    expect(
      await readRow(`SELECT "id" FROM "Source" WHERE "name" = ?`, sourceName),
      what("source homepage"),
    ).toBeUndefined();

    for (const field of ["articleUrl", "archiveUrl"]) {
      const sentenceTag = `${tag} ${field} ${index}`;
      const single = actionResult(
        (
          await callAction(request, "app/claims/actions.ts#createDraftAction", {
            form: { ...claim(sentenceTag), [field]: bad },
          })
        ).body,
      );
      expect(single?.error?.fields?.[field], what(`claim ${field}`)).toBe(URL_MESSAGE);
      expect(
        await readRow(`SELECT "id" FROM "Claim" WHERE "sentence" LIKE ?`, `%(${sentenceTag}).`),
        what(`claim ${field}`),
      ).toBeUndefined();

      const articleText = `Officials said at least 29 soldiers were killed (${sentenceTag}).`;
      const pasted = actionResult(
        (
          await callAction(request, "app/claims/actions.ts#saveArticleDraftsAction", {
            json: article(articleText, { [field]: bad }),
          })
        ).body,
      );
      expect(pasted?.error?.fields?.[field], what(`pasted article ${field}`)).toBe(URL_MESSAGE);
      expect(
        await readRow(`SELECT "id" FROM "Claim" WHERE "articleText" = ?`, articleText),
        what(`pasted article ${field}`),
      ).toBeUndefined();
      checked += 2;
    }
    checked += 1;
  }
  expect(checked).toBe(BAD_LINKS.length * 5);

  // A real web address goes through, in every field.
  const good = "https://example.org/idlib?x=1";
  await callAction(request, "app/sources/actions.ts#createSourceAction", {
    form: { name: `Linked source ${tag} ok`, kind: "ngo", homepage: good },
  });
  expect(await readRow(`SELECT "homepage" FROM "Source" WHERE "name" = ?`, `Linked source ${tag} ok`)).toEqual({
    homepage: good,
  });
  const created = await callAction(request, "app/claims/actions.ts#createDraftAction", {
    form: { ...claim(`${tag} ok`), articleUrl: good, archiveUrl: good },
  });
  expect(created.redirect, created.body).toMatch(/^\/claims\//);
  expect(
    await readRow(`SELECT "articleUrl", "archiveUrl" FROM "Claim" WHERE "sentence" LIKE ?`, `%(${tag} ok).`),
  ).toEqual({ articleUrl: good, archiveUrl: good });
});

test("where a page of this site is expected, another site or a script is never followed", async ({
  browser,
  baseURL,
  page,
}) => {
  const request = await newRequest(browser, baseURL as string);
  const origin = new URL(baseURL as string).origin;
  for (const returnTo of [
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    " /story",
    "/\tevil",
  ]) {
    const response = await request.post("/language", {
      form: { locale: "en", returnTo },
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(response.status(), returnTo).toBe(303);
    expect(response.headers().location, returnTo).toBe("/");
  }

  // After signing in, a crafted callbackUrl to another site lands on the dashboard instead.
  const editor = await createAccount("editor");
  await page.context().setExtraHTTPHeaders({
    "x-forwarded-for": `10.250.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("//evil.example/phish")}`);
  await page.getByLabel("Email", { exact: true }).fill(editor.email);
  await page.getByLabel("Password", { exact: true }).fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`^${origin.replace(/[.]/g, "\\.")}/dashboard`), {
    timeout: 15_000,
  });
});
