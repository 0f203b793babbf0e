import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./db";
import { publicEdition } from "./edition";
import { clearPublicCache, publicCacheSize, readPublic } from "./public-cache";
import { recordHistory } from "./history";

beforeEach(() => clearPublicCache());

/** A newsroom write as the app makes them: the change and its history entry in one transaction. */
const write = () =>
  db.$transaction((tx) => recordHistory(tx, { entityType: "story", entityId: "s1", action: "update", actorId: null }));

describe("the public cache", () => {
  it("answers from memory while nothing is written", async () => {
    const load = vi.fn(async () => ({ figure: 29 }));
    const first = await readPublic("story:a", load);
    const second = await readPublic("story:a", load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
  });

  it("reads again after any newsroom write, so a publication shows on the next request", async () => {
    let figure = 29;
    const load = vi.fn(async () => ({ figure }));
    expect(await readPublic("story:b", load)).toEqual({ figure: 29 });
    figure = 33;
    await write();
    expect(await readPublic("story:b", load)).toEqual({ figure: 33 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("lets go of every older answer at the first read after a write", async () => {
    for (const key of ["story:x", "story:y", "story:z"]) await readPublic(key, async () => key);
    expect(publicCacheSize()).toBe(3);
    await write();
    expect(await readPublic("story:x", async () => "x again")).toBe("x again");
    expect(publicCacheSize()).toBe(1);
  });

  it("answers a request that began before a write from its own edition, without keeping it", async () => {
    const older = await publicEdition();
    await write();
    expect(await readPublic("story:now", async () => "now")).toBe("now");
    // A render still on the older edition (React's cache holds it for the whole request).
    const findFirst = db.historyEntry.findFirst.bind(db.historyEntry);
    const spy = vi.spyOn(db.historyEntry, "findFirst").mockResolvedValueOnce({ id: older } as never);
    try {
      expect(await readPublic("story:then", async () => "then")).toBe("then");
    } finally {
      // (Not mockRestore: Prisma's delegates are proxies, and restoring leaves no findFirst at all.)
      spy.mockImplementation(findFirst as unknown as typeof db.historyEntry.findFirst);
    }
    expect(publicCacheSize()).toBe(1);
    expect(await readPublic("story:then", async () => "then, read again")).toBe("then, read again");
  });

  it("keeps each key apart", async () => {
    expect(await readPublic("story:c", async () => "c")).toBe("c");
    expect(await readPublic("story:d", async () => "d")).toBe("d");
  });

  it("does not keep a failed read", async () => {
    await expect(readPublic("story:e", async () => Promise.reject(new Error("disk")))).rejects.toThrow("disk");
    expect(await readPublic("story:e", async () => "recovered")).toBe("recovered");
  });

  it("numbers editions by the newest history entry", async () => {
    const before = await publicEdition();
    await write();
    // React's cache() only memoizes inside a render; here each call reads the database.
    expect(await publicEdition()).toBeGreaterThan(before);
  });
});
