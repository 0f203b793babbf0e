import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "./password";

describe("passwords", () => {
  it("refuses short, common and repeated passwords, in plain words", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("password1234")).toMatch(/lists attackers try/);
    expect(passwordProblem("aaaaaaaaaaaaaa")).toMatch(/repeat/);
  });

  it("refuses a password that contains the person's email name, but not a one-letter name", () => {
    expect(passwordProblem("marie.dupont-2020!", "marie.dupont@example.org")).toMatch(/email/);
    expect(passwordProblem("correct horse battery staple", "b@x.org")).toBeNull();
  });

  it("generates passwords the rules accept, different each time", () => {
    const a = generatePassword();
    expect(passwordProblem(a)).toBeNull();
    expect(generatePassword()).not.toBe(a);
  });

  it("verifies a password against its hash and refuses another", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
  });
});
