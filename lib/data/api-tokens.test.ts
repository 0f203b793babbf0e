import { describe, expect, it } from "vitest";
import { parseBearer, secretMatches, tokenRefusal } from "@/lib/auth/api-token";
import { testDatabase } from "@/tests/database/test-database";
import { createApiToken, listApiTokens, revokeApiToken, tokenByPrefix, markTokenUsed } from "./api-tokens";
import { createUser, setUserDisabled } from "./users";
import { historyOf } from "./history";

const HASH = "$2b$12$not.a.real.hash.only.for.these.tests.............";
let counter = 0;
async function person(role: "editor" | "reviewer" | "admin") {
  counter += 1;
  const user = await createUser(
    { email: `tokens${counter}@newsroom.org`, name: `Person ${counter}`, role, passwordHash: HASH },
    null,
  );
  if (user === "email_taken") throw new Error("unexpected duplicate");
  return user;
}

/** What the API does with a bearer header: find the token, compare the secret. */
async function verify(token: string) {
  const parsed = parseBearer(`Bearer ${token}`);
  if (!parsed) return null;
  const row = await tokenByPrefix(parsed.prefix);
  return row && secretMatches(parsed.secret, row.secretHash) ? row : null;
}

describe("API tokens", () => {
  it("are shown once and stored only as a hash of their secret", async () => {
    const admin = await person("admin");
    const editor = await person("editor");
    const made = await createApiToken(admin.id, {
      name: "Wire importer",
      scope: "write_drafts",
      actingUserId: editor.id,
    });
    if (!made.ok) throw new Error(made.error.message);
    const { token, listing } = made.data;
    expect(listing).toMatchObject({
      name: "Wire importer",
      scope: "write_drafts",
      actingUser: { id: editor.id },
      createdBy: { id: admin.id },
      revokedAt: null,
    });
    expect(token.startsWith(`ct_${listing.prefix}_`)).toBe(true);

    const stored = await testDatabase.db.apiToken.findUniqueOrThrow({ where: { id: listing.id } });
    const secret = token.slice(`ct_${listing.prefix}_`.length);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect((await verify(token))?.id).toBe(listing.id);
    expect(await verify(`ct_${listing.prefix}_${"A".repeat(43)}`)).toBeNull();

    const history = await historyOf("api_token", listing.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "create", actor: { email: admin.email } });
    expect(history[0]?.after).not.toContain(stored?.secretHash);
  });

  it("act only as an enabled account", async () => {
    const admin = await person("admin");
    const editor = await person("editor");
    await setUserDisabled(editor.id, true, admin.id);
    const made = await createApiToken(admin.id, {
      name: "Importer",
      scope: "read",
      actingUserId: editor.id,
    });
    expect(made).toMatchObject({
      ok: false,
      error: { code: "invalid", fields: { actingUserId: expect.any(String) } },
    });
    const unknown = await createApiToken(admin.id, {
      name: "Importer",
      scope: "read",
      actingUserId: "no-such-user",
    });
    expect(unknown.ok).toBe(false);
  });

  it("once revoked, are refused on the very next read of the token", async () => {
    const admin = await person("admin");
    const editor = await person("editor");
    const made = await createApiToken(admin.id, {
      name: "Feed reader",
      scope: "read",
      actingUserId: editor.id,
    });
    if (!made.ok) throw new Error(made.error.message);
    const before = await verify(made.data.token);
    expect(before && tokenRefusal(before, "read")).toBeNull();

    const revoked = await revokeApiToken(admin.id, made.data.listing.id);
    expect(revoked).toMatchObject({
      ok: true,
      data: { changed: true, listing: { revokedAt: expect.any(Date) } },
    });
    const after = await verify(made.data.token);
    expect(after && tokenRefusal(after, "read")).toBe("revoked");

    const again = await revokeApiToken(admin.id, made.data.listing.id);
    expect(again).toMatchObject({ ok: true, data: { changed: false } });
    expect((await historyOf("api_token", made.data.listing.id)).map((h) => h.action)).toEqual(["create", "revoke"]);
    expect(await revokeApiToken(admin.id, "no-such-token")).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
  });

  it("stop working when their account is disabled, and follow its role", async () => {
    const admin = await person("admin");
    const editor = await person("editor");
    const made = await createApiToken(admin.id, {
      name: "Importer",
      scope: "write_drafts",
      actingUserId: editor.id,
    });
    if (!made.ok) throw new Error(made.error.message);
    await setUserDisabled(editor.id, true, admin.id);
    const row = await verify(made.data.token);
    expect(row && tokenRefusal(row, "write")).toBe("account_inactive");
  });

  it("are listed live first, newest first, with when they were last used", async () => {
    const admin = await person("admin");
    const editor = await person("editor");
    const a = await createApiToken(admin.id, {
      name: "Listed A",
      scope: "read",
      actingUserId: editor.id,
    });
    const b = await createApiToken(admin.id, {
      name: "Listed B",
      scope: "read",
      actingUserId: editor.id,
    });
    if (!a.ok || !b.ok) throw new Error("not made");
    await revokeApiToken(admin.id, b.data.listing.id);
    const now = new Date("2026-11-24T12:00:00Z");
    await markTokenUsed(a.data.listing.id, now);
    await markTokenUsed(a.data.listing.id, new Date(now.getTime() + 30_000));

    const names = (await listApiTokens()).map((t) => t.name).filter((n) => n.startsWith("Listed"));
    expect(names).toEqual(["Listed A", "Listed B"]);
    const listed = (await listApiTokens()).find((t) => t.id === a.data.listing.id);
    // Once a minute is enough: the second use, 30 s later, is not written.
    expect(listed?.lastUsedAt?.toISOString()).toBe(now.toISOString());
    await markTokenUsed(a.data.listing.id, new Date(now.getTime() + 61_000));
    expect((await listApiTokens()).find((t) => t.id === a.data.listing.id)?.lastUsedAt?.toISOString()).toBe(
      "2026-11-24T12:01:01.000Z",
    );
  });
});
