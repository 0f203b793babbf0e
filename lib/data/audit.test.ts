import { describe, expect, it } from "vitest";
import { db } from "./db";
import { AUDIT_PAGE_SIZE, recordSecurityEvent, signInEvents } from "./audit";

describe("the sign-in audit trail", () => {
  it("records each attempt, newest first, and pages through them", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      await recordSecurityEvent({
        kind: "sign_in_refused",
        email: "mallory@example.org",
        address: "203.0.113.9",
        detail: "wrong_password",
      });
    }
    await recordSecurityEvent({
      kind: "sign_in",
      email: "nadia@example.org",
      userId: "u1",
      address: "198.51.100.1",
    });

    const first = await signInEvents({});
    expect(first.rows[0]).toMatchObject({ kind: "sign_in", email: "nadia@example.org" });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await signInEvents({ before: first.nextBefore as number });
    expect(second.rows).toHaveLength(6);
    expect(second.nextBefore).toBeNull();
    expect((await signInEvents({ email: "nadia@example.org" })).rows).toHaveLength(1);
  });

  it("cannot be altered or erased, even by the app's own connection", async () => {
    await recordSecurityEvent({ kind: "sign_in", email: "a@example.org" });
    const before = await db.securityEvent.findMany({ orderBy: { id: "asc" } });
    // Prisma words the trigger's refusal its own way (as a constraint failure); the raw SQL keeps SQLite's.
    await expect(db.securityEvent.updateMany({ data: { kind: "sign_out" } })).rejects.toThrow();
    await expect(db.securityEvent.deleteMany({})).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`DELETE FROM "SecurityEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "SecurityEvent" SET email = 'x'`)).rejects.toThrow(/append-only/);
    expect(await db.securityEvent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
