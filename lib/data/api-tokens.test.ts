import { describe, expect, it } from "vitest";
import { parseBearer, secretMatches, tokenRefusal } from "@/lib/auth/api-token";
import type { Role } from "@/lib/data/enums";
import { testDatabase } from "@/tests/database/test-database";
import { testPerson } from "@/tests/database/test-newsroom";
import { createApiToken, listApiTokens, revokeApiToken, tokenByPrefix, markTokenUsed } from "./api-tokens";
import { setUserDisabled } from "./users";
import { historyOf } from "./history";

const person = (role: Role) => testPerson(role, "tokens");

/** An admin and an editor of the test's own, and `make`: a token the admin makes, acting as the editor unless told. */
async function adminAndEditor() {
  const admin = await person("admin");
  const editor = await person("editor");
  const make = (name: string, scope: "read" | "write_drafts", actingUserId = editor.id) =>
    createApiToken(admin.id, { name, scope, actingUserId });
  return { admin, editor, make };
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
    const { admin, editor, make } = await adminAndEditor();
    const made = await make("Wire importer", "write_drafts");
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
    const { admin, editor, make } = await adminAndEditor();
    await setUserDisabled(editor.id, true, admin.id);
    const made = await make("Importer", "read");
    expect(made).toMatchObject({
      ok: false,
      error: { code: "invalid", fields: { actingUserId: expect.any(String) } },
    });
    const unknown = await make("Importer", "read", "no-such-user");
    expect(unknown.ok).toBe(false);
  });

  it("once revoked, are refused on the very next read of the token", async () => {
    const { admin, make } = await adminAndEditor();
    const made = await make("Feed reader", "read");
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
    const { admin, editor, make } = await adminAndEditor();
    const made = await make("Importer", "write_drafts");
    if (!made.ok) throw new Error(made.error.message);
    await setUserDisabled(editor.id, true, admin.id);
    const row = await verify(made.data.token);
    expect(row && tokenRefusal(row, "write")).toBe("account_inactive");
  });

  it("are listed live first, newest first, with when they were last used", async () => {
    const { admin, make } = await adminAndEditor();
    const a = await make("Listed A", "read");
    const b = await make("Listed B", "read");
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
