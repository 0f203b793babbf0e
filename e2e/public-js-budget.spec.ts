// Public pages ship no client code of their own beyond the language switch, the search box and
// the home page's figure reader: their scripts weigh at most 1.1 times those of an empty page
// (the not-found page: the same root layout, nothing else). A component turned into a client
// component, or a library pulled into the browser (zod, the figure parser), fails this.
import { expect, test, type APIRequestContext } from "@playwright/test";

test.skip(({ isMobile }) => isMobile, "The scripts do not depend on the screen: measured once, on desktop.");

const EMPTY_PAGE = "/no-such-page-for-the-script-budget";
const BUDGET = 1.1;

/**
 * The bytes of the scripts a modern browser loads for a page: every distinct external script,
 * except the `nomodule` polyfills it skips. The inline scripts are Next's payload of the page's
 * own content (data, not code), measured apart.
 */
async function scriptBytes(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const sources = new Set(
    [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1] ?? "")
      .filter((attrs) => !/\bnoModule\b/i.test(attrs))
      .map((attrs) => /\ssrc="([^"]+)"/.exec(attrs)?.[1])
      .filter((src): src is string => Boolean(src)),
  );
  let external = 0;
  for (const src of sources) external += (await (await request.get(src)).body()).byteLength;
  return { external, files: [...sources].sort() };
}

async function claimPage(request: APIRequestContext): Promise<string> {
  const story = await (await request.get("/story/idlib-strikes-on-turkish-troops-2020-02-27")).text();
  return /href="(\/claim\/[^"]+)"/.exec(story)?.[1] as string;
}

async function sourcePage(request: APIRequestContext): Promise<string> {
  const story = await (await request.get("/story/idlib-strikes-on-turkish-troops-2020-02-27")).text();
  return /href="(\/source\/[^"]+)"/.exec(story)?.[1] as string;
}

test("every public page's scripts weigh at most 1.1 times an empty page's", async ({ request }) => {
  const empty = await scriptBytes(request, EMPTY_PAGE);
  expect(empty.external).toBeGreaterThan(0);

  const pages = [
    "/",
    "/story/idlib-strikes-on-turkish-troops-2020-02-27",
    await claimPage(request),
    await sourcePage(request),
    "/search?q=soldiers",
  ];
  const quantity = /href="(\/quantity\/[^"]+)"/.exec(await (await request.get("/")).text())?.[1];
  if (quantity) pages.push(quantity);

  for (const path of pages) {
    const page = await scriptBytes(request, path);
    const extra = page.files.filter((file) => !empty.files.includes(file));
    expect(
      page.external,
      `${path}: ${page.external} bytes of script against ${empty.external} for an empty page; its own files: ${extra.join(", ") || "none"}`,
    ).toBeLessThanOrEqual(empty.external * BUDGET);
  }
});
