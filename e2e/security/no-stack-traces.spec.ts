import { expect, test, type APIRequestContext } from "@playwright/test";
import { routeHandlers, serverActions } from "../authorization/build-entry-points";
import { ORIGIN, callAction, createAccount, expectNoLeak, newTag, readRow, signedInRequest } from "./support";

// Whatever is sent, a browser never sees how the server is built: no stack frames, no file
// paths, no Prisma, SQLite, PostgreSQL or JavaScript error text, for visitors and for signed-in
// staff alike; and odd input to a route handler is answered, never with a server error.
test.skip(({ isMobile }) => isMobile, "one run is enough: the calls do not depend on the screen");

const HUGE = "9".repeat(2_000_000);

const BAD_PATHS = [
  "/story/%00",
  "/story/%E0%A4%A",
  "/story/..%2F..%2Fetc%2Fpasswd",
  `/story/${"x".repeat(5_000)}`,
  "/quantity/%00",
  "/claim/%27%20OR%201%3D1--",
  "/source/%00",
  "/search?q=%00%FF",
  `/search?q=${"a".repeat(5_000)}`,
  "/claims/%00",
  "/claims/nope",
  "/review/%00",
  "/stories/%00",
  "/admin/users?page=-1",
  "/admin/audit?page=NaN&kind=%00",
  "/sign-in?callbackUrl=%00&error=%3Cscript%3E",
  "/api/auth/%00",
  "/api/auth/callback/nope",
  "/_next/static/%00",
  "/%00",
];

async function expectQuiet(
  request: APIRequestContext,
  method: "GET" | "POST" | "DELETE",
  url: string,
  options: Parameters<APIRequestContext["fetch"]>[1] = {},
) {
  const response = await request.fetch(url, { method, maxRedirects: 0, ...options });
  const body = await response.text();
  expectNoLeak(body, `${method} ${url.slice(0, 80)} (${response.status()})`);
  return response;
}

for (const who of ["visitor", "admin"] as const) {
  test(`malformed pages, actions and route handlers show no internals to ${who === "visitor" ? "a visitor" : "an admin"}`, async ({
    browser,
    baseURL,
    playwright,
  }) => {
    const request =
      who === "admin"
        ? await signedInRequest(browser, baseURL as string, await createAccount("admin"))
        : await playwright.request.newContext({ baseURL });

    for (const path of BAD_PATHS) await expectQuiet(request, "GET", path);

    // Server actions: an unknown id, a body that is not the encoding React uses, the wrong
    // content type, a body over the size limit, arguments of the wrong shape.
    const actionHeaders = (id: string, type = "text/plain;charset=UTF-8") => ({
      "Next-Action": id,
      Accept: "text/x-component",
      Origin: ORIGIN,
      "Content-Type": type,
    });
    await expectQuiet(request, "POST", "/", { headers: actionHeaders("0".repeat(42)), data: "[]" });
    await expectQuiet(request, "POST", "/", { headers: actionHeaders("%00"), data: "[]" });
    for (const action of serverActions()) {
      for (const [type, data] of [
        ["text/plain;charset=UTF-8", "{{{not json"],
        ["text/plain;charset=UTF-8", '["$K1","$@2","$Q9"]'],
        ["text/plain;charset=UTF-8", '{"__proto__":{"polluted":1}}'],
        ["application/json", "[1,2,3]"],
        ["application/x-www-form-urlencoded", "a=%00&b=%FF"],
        ["multipart/form-data; boundary=nope", "--nope\r\nbroken"],
        ["text/plain;charset=UTF-8", `["${HUGE}"]`],
      ] as const) {
        await expectQuiet(request, "POST", action.pagePath, {
          headers: actionHeaders(action.id, type),
          data,
        });
      }
    }

    // Route handlers: odd parameters, bad JSON, the wrong content type, a huge body, a method
    // they do not have.
    for (const route of routeHandlers()) {
      const path = route.path.replace(/\[[^\]]+\]/g, "%00");
      const odd = await expectQuiet(
        request,
        "GET",
        `${path}?q=%00&limit=-1&page=NaN&status=draft&cursor=${"z".repeat(3_000)}`,
      );
      expect(odd.status(), `GET ${path} with odd parameters`).toBeLessThan(500);
      await expectQuiet(request, "GET", route.path.replace(/\[[^\]]+\]/g, "x".repeat(3_000)));
      await expectQuiet(request, "POST", path, {
        headers: { "Content-Type": "application/json", Origin: ORIGIN },
        data: "{{{",
      });
      await expectQuiet(request, "POST", path, {
        headers: { "Content-Type": "application/xml", Origin: ORIGIN },
        data: "<a/>",
      });
      await expectQuiet(request, "POST", path, {
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
        data: `locale=${HUGE}`,
      });
      await expectQuiet(request, "DELETE", path);
    }

    // next-auth's own endpoints, fed rubbish.
    await expectQuiet(request, "POST", "/api/auth/callback/credentials", {
      headers: { "Content-Type": "application/json" },
      data: "{{{",
    });
    await expectQuiet(request, "POST", "/api/auth/callback/credentials", {
      form: { email: HUGE.slice(0, 100_000), password: "\u0000" },
    });
  });
}

// PostgreSQL's text cannot hold U+0000, which SQLite stores: a title pasted with one, or a search
// for one, is saved or searched on both databases, never answered with a server error.
test("a U+0000 character in typed text or in a search is no server error", async ({ browser, baseURL }) => {
  const request = await signedInRequest(browser, baseURL as string, await createAccount("editor"));
  const title = `Shelling\u0000 in Afrin ${newTag()}`;
  const story = await callAction(request, "app/stories/actions.ts#createStoryAction", {
    form: { title, date: "2020-03-01" },
  });
  expect(story.code, story.body).toBeNull();
  expect(story.redirect, story.body).toMatch(/^\/stories\//);
  const storyId = /^\/stories\/([^/?]+)/.exec(story.redirect ?? "")?.[1];
  const saved = (await readRow<{ title: string }>(`SELECT "title" FROM "Story" WHERE "id" = ?`, storyId))?.title;
  expect(saved?.replaceAll("\u0000", ""), "the title as typed, the character aside").toBe(
    title.replaceAll("\u0000", ""),
  );
  for (const list of ["/api/staff/quantities", "/api/staff/sources"]) {
    const search = await request.get(`${list}?q=${encodeURIComponent("Afrin\u0000")}`);
    expect(search.status(), list).toBe(200);
    expect(await search.json(), list).toHaveProperty("results");
  }
});
