import { describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/database/test-database";
import { testNewsroom, testDraftInput } from "@/tests/database/test-newsroom";
import { createDraftThroughToken, IDEMPOTENCY_KEY_TTL_MS } from "./api-idempotency";

const now = new Date("2026-11-24T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

const { editor, quantityId, sourceId } = await testNewsroom("api-writer");
const draft = testDraftInput(quantityId, sourceId);

function writerFor(tokenId: string) {
  const token = {
    id: tokenId,
    name: "Wire desk",
    prefix: tokenId,
    actingUser: {
      id: editor.id,
      name: "API writer",
      email: "",
      role: "editor" as const,
      disabled: false,
    },
  };
  return { token, actorId: token.actingUser.id, reason: "Through the API token “Wire desk”" };
}

const claimsBy = () => testDatabase.db.claim.count({ where: { authorId: editor.id } });

/** The draft (or `body`) sent through token `tokenId` with Idempotency-Key `key`, its body hashed as `bodyHash`, at `at`. */
const send = (tokenId: string, key: string, bodyHash: string, at: Date, body = draft) =>
  createDraftThroughToken(writerFor(tokenId), body, { tokenId, key, bodyHash }, at);

describe("a draft written with an Idempotency-Key", () => {
  it("is written once: a retry with the same body answers the first draft", async () => {
    const before = await claimsBy();
    const first = await send("t1", "k1", "body-a", now);
    expect(first.kind).toBe("created");
    const retry = await send("t1", "k1", "body-a", later(1_000));
    expect(retry).toEqual({
      kind: "replay",
      claimId: first.kind === "created" ? first.claimId : "",
    });
    expect(await claimsBy()).toBe(before + 1);
  });

  it("and the key are saved together, with the token's history entry", async () => {
    const created = await send("t2", "k1", "body-a", now);
    if (created.kind !== "created") throw new Error(created.kind);
    const key = await testDatabase.db.apiIdempotencyKey.findUnique({
      where: { tokenId_key: { tokenId: "t2", key: "k1" } },
    });
    expect(key?.claimId).toBe(created.claimId);
    expect(
      await testDatabase.db.historyEntry.count({
        where: { entityType: "api_token", entityId: "t2", action: "create_claim" },
      }),
    ).toBe(1);
  });

  it("refuses the same key with another body, and writes nothing", async () => {
    await send("t3", "k1", "body-a", now);
    const before = await claimsBy();
    expect(await send("t3", "k1", "body-b", later(10))).toEqual({ kind: "other_body" });
    expect(await claimsBy()).toBe(before);
  });

  it("belongs to one token: another token may use the same key", async () => {
    await send("t4", "shared", "body-a", now);
    expect((await send("t5", "shared", "body-b", now)).kind).toBe("created");
  });

  it("starts afresh after a day, and at once over a reservation an earlier version left behind", async () => {
    await send("t6", "k1", "body-a", now);
    expect((await send("t6", "k1", "body-c", later(IDEMPOTENCY_KEY_TTL_MS))).kind).toBe("created");
    // A key reserved and never completed (a server killed mid-request, before this version): no 409.
    await testDatabase.db.apiIdempotencyKey.create({
      data: { tokenId: "t7", key: "k1", bodyHash: "body-a", claimId: null, createdAt: now },
    });
    expect((await send("t7", "k1", "body-a", later(10))).kind).toBe("created");
  });

  it("sent twice at the same moment is written once: the second copy answers the first's draft", async () => {
    const before = await claimsBy();
    const outcomes = await Promise.all([send("t8", "k1", "body-a", now), send("t8", "k1", "body-a", now)]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["created", "replay"]);
    expect(await claimsBy()).toBe(before + 1);
  });

  it("refused for a choice no longer available saves nothing, key included", async () => {
    const gone = { ...draft, sourceId: "no-such-source" };
    const outcome = await send("t9", "k1", "body-a", now, gone);
    expect(outcome.kind).toBe("refused");
    expect(await testDatabase.db.apiIdempotencyKey.count({ where: { tokenId: "t9" } })).toBe(0);
  });
});
