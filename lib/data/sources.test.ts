import { describe, expect, it } from "vitest";
import { db } from "@/tests/database/test-database";
import { claimRow, quantityRow, rowTag, sourceRow, userRow } from "@/tests/database/test-rows";
import { mergeSourcesInput } from "@/lib/validation/newsroom";
import { aliasesOf, createSource, mergeSources, mergedSourceId, searchSources } from "./sources";
import { createUser } from "./users";
import { historyOf } from "./history";

async function editor() {
  const user = await createUser(
    {
      email: `sources${Math.random()}@newsroom.org`,
      name: "Editor",
      role: "editor",
      passwordHash: "x".repeat(60),
    },
    null,
  );
  if (user === "email_taken") throw new Error("unexpected duplicate");
  return user.id;
}

describe("sources", () => {
  it("creates a source once: the same name folded returns the existing one", async () => {
    const actorId = await editor();
    const first = await createSource(actorId, {
      name: "Observatoire syrien des droits de l'Homme",
      kind: "ngo",
      country: "Syria",
      homepage: null,
    });
    expect(first.existed).toBe(false);
    const again = await createSource(actorId, {
      name: "  observatoire SYRIEN des droits de l homme ",
      kind: "media",
      country: "",
      homepage: null,
    });
    expect(again).toEqual({ source: first.source, existed: true });
    expect((await historyOf("source", first.source.id)).map((h) => h.action)).toEqual(["create"]);
  });

  it("finds sources by any word typed, without accents or capitals", async () => {
    const actorId = await editor();
    await createSource(actorId, {
      name: "Préfecture de Hatay",
      kind: "government",
      country: "Turkey",
      homepage: "https://hatay.example.org/",
    });
    expect((await searchSources("prefecture HATAY")).map((s) => s.name)).toContain("Préfecture de Hatay");
    expect(await searchSources("nothing like this")).toEqual([]);
  });
});

describe("merging two entries for one source", () => {
  async function twoEntries() {
    const tag = rowTag();
    const reviewer = await userRow(`merge-${tag}@newsroom.org`, "reviewer", "Rita Reviewer");
    const osdh = await sourceRow(`OSDH ${tag}`, "ngo", "Syria");
    const sohr = await sourceRow(`Syrian Observatory for Human Rights ${tag}`, "ngo", "Syria");
    const afp = await sourceRow(`AFP ${tag}`, "media");
    const quantity = await quantityRow(
      { title: `Idlib ${tag}`, slug: `idlib-${tag}`, date: "2020-02-27" },
      { label: "Turkish soldiers killed", unit: "soldiers" },
    );
    const at = {
      quantityId: quantity.id,
      authorId: reviewer.id,
      quote: "more than 30",
      sentence: "More than 30 died.",
    };
    const told = await claimRow({
      ...at,
      sourceId: osdh.id,
      value: 31,
      reportedAt: new Date("2020-02-27T20:00:00Z"),
      status: "published",
    });
    const relayed = await claimRow({
      ...at,
      sourceId: afp.id,
      relayedById: osdh.id,
      value: 33,
      reportedAt: new Date("2020-02-28T08:00:00Z"),
    });
    const selfRelay = await claimRow({
      ...at,
      sourceId: osdh.id,
      relayedById: sohr.id,
      value: 34,
      reportedAt: new Date("2020-02-28T09:00:00Z"),
    });
    return { tag, actor: { id: reviewer.id, role: "reviewer" as const }, osdh, sohr, afp, told, relayed, selfRelay };
  }

  it("moves every claim, keeps the old name as an alias, and leads the old address to the source kept", async () => {
    const { tag, actor, osdh, sohr, afp, told, relayed, selfRelay } = await twoEntries();
    const merged = await mergeSources(actor, {
      fromId: osdh.id,
      fromVersion: osdh.version,
      intoId: sohr.id,
      reason: "",
    });
    expect(merged).toMatchObject({
      ok: true,
      data: { movedClaims: 3, source: { id: sohr.id, version: sohr.version + 1 } },
    });

    const claims = await db.claim.findMany({
      where: { id: { in: [told.id, relayed.id, selfRelay.id] } },
      select: { id: true, sourceId: true, relayedById: true, version: true },
    });
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    expect(byId.get(told.id)).toMatchObject({ sourceId: sohr.id, relayedById: null, version: told.version + 1 });
    expect(byId.get(relayed.id)).toMatchObject({ sourceId: afp.id, relayedById: sohr.id });
    // It would have been relayed by itself: the relay goes.
    expect(byId.get(selfRelay.id)).toMatchObject({ sourceId: sohr.id, relayedById: null });

    expect(await db.source.findUnique({ where: { id: osdh.id } })).toBeNull();
    expect(await mergedSourceId(osdh.id)).toBe(sohr.id);
    expect(await aliasesOf(sohr.id)).toEqual([{ name: `OSDH ${tag}` }]);
    // The old name typed again finds the source kept, in a search and when adding a source.
    expect((await searchSources(`osdh ${tag}`)).map((source) => source.id)).toEqual([sohr.id]);
    const again = await createSource(actor.id, { name: `osdh ${tag}`, kind: "media", country: "", homepage: null });
    expect(again).toMatchObject({ existed: true, source: { id: sohr.id } });

    const toldHistory = await historyOf("claim", told.id);
    expect(toldHistory.at(-1)).toMatchObject({
      action: "update",
      reason: `Sources merged: OSDH ${tag} into Syrian Observatory for Human Rights ${tag}`,
    });
    expect((await historyOf("source", osdh.id)).map((entry) => entry.action)).toEqual(["merge"]);
    const kept = await historyOf("source", sohr.id);
    expect(JSON.parse(kept.at(-1)?.after ?? "{}")).toMatchObject({ aliasesAdded: [`OSDH ${tag}`], movedClaims: 3 });
  });

  it("refuses a stale page, a source gone and a source merged into itself, changing nothing", async () => {
    const { actor, osdh, sohr, told } = await twoEntries();
    const stale = await mergeSources(actor, {
      fromId: osdh.id,
      fromVersion: osdh.version + 1,
      intoId: sohr.id,
      reason: "",
    });
    expect(stale).toMatchObject({ ok: false, error: { code: "conflict" } });
    const gone = await mergeSources(actor, { fromId: osdh.id, fromVersion: osdh.version, intoId: "nope", reason: "" });
    expect(gone).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(mergeSourcesInput.safeParse({ fromId: osdh.id, fromVersion: "1", intoId: osdh.id }).success).toBe(false);

    expect(await db.source.findUnique({ where: { id: osdh.id }, select: { id: true } })).toEqual({ id: osdh.id });
    expect(await db.claim.findUnique({ where: { id: told.id }, select: { sourceId: true } })).toEqual({
      sourceId: osdh.id,
    });
    expect(await historyOf("source", osdh.id)).toEqual([]);
  });
});
