import { describe, expect, it } from "vitest";
import { RULES, signInSucceeded, takeSignInTurn, waitAfter } from "./sign-in-throttle";

let counter = 0;
/** An account of its own for each test, so no test's failures reach another's. */
const newAccount = () => `reviewer${++counter}@newsroom.org`;
/** And an address of its own: the per-address count spans every account tried from it. */
let addresses = 0;
const newAddress = () => `203.0.113.${++addresses}`;
const OWNER = "198.51.100.7";
const T0 = new Date("2026-03-01T09:00:00Z");
const after = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** `count` wrong passwords: each attempt takes its turn and never gives it back. */
async function fail(email: string, address: string, count: number, at = T0) {
  for (let i = 0; i < count; i++) expect(await takeSignInTurn(email, address, at)).toEqual({ ok: true });
}

describe("an account guessed at from one address", () => {
  it("after five failures, the next attempt from that address waits 16 seconds, then 32, then 64", async () => {
    const email = newAccount();
    const stranger = newAddress();
    await fail(email, stranger, 5);
    expect(await takeSignInTurn(email, stranger, after(1))).toEqual({
      ok: false,
      limit: "accountAtAddress",
      waitSeconds: 15,
    });
    expect((await takeSignInTurn(email, stranger, after(16))).ok).toBe(true);
    expect(await takeSignInTurn(email, stranger, after(16))).toMatchObject({
      ok: false,
      waitSeconds: 32,
    });
    expect((await takeSignInTurn(email, stranger, after(48))).ok).toBe(true);
    expect(await takeSignInTurn(email, stranger, after(48))).toMatchObject({
      ok: false,
      waitSeconds: 64,
    });
  });

  it("the owner, from another address, signs in at once whatever the stranger did", async () => {
    const email = newAccount();
    const stranger = newAddress();
    await fail(email, stranger, 5);
    expect((await takeSignInTurn(email, stranger, T0)).ok).toBe(false);
    expect(await takeSignInTurn(email, OWNER, T0)).toEqual({ ok: true });
  });

  it("attempts refused for waiting are not counted: retrying too soon does not make the wait longer", async () => {
    const email = newAccount();
    const stranger = newAddress();
    await fail(email, stranger, 5);
    for (let i = 0; i < 20; i++) expect((await takeSignInTurn(email, stranger, after(2))).ok).toBe(false);
    expect((await takeSignInTurn(email, stranger, after(16))).ok).toBe(true);
    expect(await takeSignInTurn(email, stranger, after(16))).toMatchObject({ waitSeconds: 32 });
  });

  it("twenty attempts sent at once: five are let through, not twenty", async () => {
    const email = newAccount();
    const stranger = newAddress();
    const turns = await Promise.all(Array.from({ length: 20 }, () => takeSignInTurn(email, stranger, T0)));
    expect(turns.filter((turn) => turn.ok)).toHaveLength(RULES.accountAtAddress.freeFailures);
  });

  it("the right password starts the count again: an owner who mistyped four times is not slowed later", async () => {
    const email = newAccount();
    await fail(email, OWNER, 4);
    expect((await takeSignInTurn(email, OWNER, T0)).ok).toBe(true);
    await signInSucceeded(email, OWNER);
    await fail(email, OWNER, 4);
    expect((await takeSignInTurn(email, OWNER, T0)).ok).toBe(true);
  });

  it("failures are forgotten a day after the first of them", async () => {
    const email = newAccount();
    const stranger = newAddress();
    await fail(email, stranger, 5);
    await fail(email, stranger, 5, after(24 * 3600 + 1));
  });

  it("every IPv6 address of one /64 network counts as one", async () => {
    const email = newAccount();
    for (let i = 1; i <= 5; i++) expect((await takeSignInTurn(email, `2001:db8:5:6::${i}`, T0)).ok).toBe(true);
    expect((await takeSignInTurn(email, "2001:db8:5:6::ffff", T0)).ok).toBe(false);
    expect((await takeSignInTurn(email, "2001:db8:5:7::1", T0)).ok).toBe(true);
  });
});

describe("one address trying many accounts (credential stuffing)", () => {
  it("after 30 failures across accounts in 15 minutes, every account waits from that address, and no other", async () => {
    const address = "192.0.2.30";
    for (let i = 0; i < RULES.address.freeFailures; i++)
      expect((await takeSignInTurn(newAccount(), address, T0)).ok).toBe(true);
    expect(await takeSignInTurn(newAccount(), address, after(1))).toEqual({
      ok: false,
      limit: "address",
      waitSeconds: 15,
    });
    expect((await takeSignInTurn(newAccount(), "192.0.2.31", after(1))).ok).toBe(true);
  });

  it("people signing in well from a shared address use up none of its failures", async () => {
    const address = "192.0.2.40";
    for (let i = 0; i < 100; i++) {
      const email = newAccount();
      expect((await takeSignInTurn(email, address, T0)).ok).toBe(true);
      await signInSucceeded(email, address);
    }
    await fail(newAccount(), address, 1);
  });
});

describe("the waits", () => {
  it("double from 16 seconds and stop growing at 15 minutes", () => {
    const rule = RULES.accountAtAddress;
    expect([4, 5, 6, 7, 8, 9, 10, 11, 12, 500].map((failures) => waitAfter(failures, rule))).toEqual([
      0, 16, 32, 64, 128, 256, 512, 900, 900, 900,
    ]);
  });
});
