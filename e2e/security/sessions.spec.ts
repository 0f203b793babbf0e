import { expect, test } from "@playwright/test";
import { callAction, createAccount, signedInRequest } from "./support";

// A role change ends the person's sessions: a cookie copied before the change opens nothing
// after it, not even with the new, larger role (e2e/auth.spec.ts covers sign-out and disabling).
test.skip(({ isMobile }) => isMobile, "one run is enough: the calls do not depend on the screen");

test("after a role change, a copy of the old session cookie opens nothing", async ({ browser, baseURL }) => {
  const editor = await createAccount("editor");
  const session = await signedInRequest(browser, baseURL as string, editor);
  expect((await session.get("/api/staff/sources?q=a")).status()).toBe(200);
  expect(await (await session.get("/api/auth/session")).json()).toMatchObject({
    user: { email: editor.email, role: "editor" },
  });
  const { cookies } = await session.storageState();

  const admin = await signedInRequest(browser, baseURL as string, await createAccount("admin"));
  const change = await callAction(admin, "app/admin/users/actions.ts#changeUserRoleAction", {
    form: { userId: editor.id, role: "reviewer" },
  });
  expect(change.code, change.body).toBeNull();

  // The old cookie, replayed from another client.
  const context = await browser.newContext({ baseURL, storageState: { cookies, origins: [] } });
  const old = context.request;
  expect((await old.get("/api/staff/sources?q=a")).status(), "the staff API").toBe(401);
  const action = await callAction(old, "app/stories/actions.ts#createStoryAction", {
    form: { title: "Replayed cookie", date: "2020-02-27" },
  });
  expect(action.code, "a server action").toBe("unauthenticated");
  const page = await old.get("/dashboard", { maxRedirects: 0 });
  expect(page.status(), "a staff page").toBeGreaterThanOrEqual(300);
  expect(page.status()).toBeLessThan(400);
  expect(page.headers().location ?? "").toContain("/sign-in");
  // Not even next-auth's own session endpoint tells the old cookie whose it was.
  expect(await (await old.get("/api/auth/session")).json(), "next-auth's session endpoint").not.toHaveProperty("user");
});
