import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { may, type Role } from "../lib/auth/policy";
import { ROUTE_HANDLERS, SERVER_ACTIONS, type Access } from "./authorization/access-table";
import { routeHandlers, serverActions } from "./authorization/build-entry-points";
import { signInAs } from "./support/session";

// Every server action and route handler in the build, called as a visitor, an editor, a
// reviewer and an admin. Those the role table refuses must answer "unauthenticated" or
// "forbidden"; those it allows must get past authorization (to a validation error, most often,
// since the calls carry no real input). Runs once: the phone project would repeat the same calls.
test.skip(({ isMobile }) => isMobile, "one run is enough: the calls do not depend on the screen");

type Caller = "visitor" | Role;
const CALLERS: Caller[] = ["visitor", "editor", "reviewer", "admin"];

const allowed = (access: Access, caller: Caller) =>
  access === "public" || (caller !== "visitor" && may(caller, access));

async function requestAs(browser: Browser, caller: Caller, baseURL: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (caller !== "visitor") await signInAs(page, caller);
  return context.request;
}

test("every server action and route handler in the build is in the access table", () => {
  const unlisted = [
    ...serverActions()
      .map((a) => a.name)
      .filter((name) => !(name in SERVER_ACTIONS)),
    ...routeHandlers()
      .map((r) => r.name)
      .filter((name) => !(name in ROUTE_HANDLERS)),
  ];
  expect(unlisted, "add these to e2e/authorization/access-table.ts with the role they need").toEqual([]);
});

for (const caller of CALLERS) {
  test(`as ${caller === "visitor" ? "a visitor" : `an ${caller}`}, each entry point answers as the role table says`, async ({
    browser,
    baseURL,
  }) => {
    const request = await requestAs(browser, caller, baseURL as string);
    const origin = new URL(baseURL as string).origin;

    for (const action of serverActions()) {
      const access = SERVER_ACTIONS[action.name] as Access;
      const response = await request.post(action.pagePath, {
        headers: {
          "Next-Action": action.id,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: origin,
        },
        data: "[null,null]",
        maxRedirects: 0,
      });
      const body = await response.text();
      const code = /"code":"([a-z_]+)"/.exec(body)?.[1] ?? `http ${response.status()}`;
      const refused = code === "unauthenticated" || code === "forbidden";
      expect(response.status(), `${action.name} answered ${response.status()}`).toBeLessThan(500);
      expect(refused, `${action.name} as ${caller}: ${code}`).toBe(!allowed(access, caller));
    }

    for (const route of routeHandlers()) {
      const access = ROUTE_HANDLERS[route.name] as Access;
      const path = route.path.replace(/\[[^\]]+\]/g, "authorization-check");
      let response = await request.get(path, { maxRedirects: 0 });
      if (response.status() === 405)
        response = await request.post(path, {
          data: {},
          headers: { Origin: origin },
          maxRedirects: 0,
        });
      const refused = response.status() === 401 || response.status() === 403;
      expect(response.status(), `${route.name} answered ${response.status()}`).toBeLessThan(500);
      expect(refused, `${route.name} as ${caller}: ${response.status()}`).toBe(!allowed(access, caller));
    }
  });
}
