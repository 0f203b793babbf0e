import { describe, expect, it } from "vitest";
import { checkPublicOrigin, publicOrigin } from "./public-origin";

const problemOf = (env: Record<string, string | undefined>) => {
  const checked = checkPublicOrigin(env);
  return checked.ok ? null : checked.problem;
};

describe("the public origin every absolute URL is built on", () => {
  it("is PUBLIC_ORIGIN when set, before NEXTAUTH_URL", () => {
    expect(
      publicOrigin({
        PUBLIC_ORIGIN: "https://claims.example.org",
        NEXTAUTH_URL: "http://127.0.0.1:3000",
      }),
    ).toBe("https://claims.example.org");
    expect(publicOrigin({ PUBLIC_ORIGIN: "https://Claims.Example.org:8443/" })).toBe("https://claims.example.org:8443");
  });

  it("is NEXTAUTH_URL's origin otherwise, a path of next-auth's left out", () => {
    expect(publicOrigin({ NEXTAUTH_URL: "https://news.example/api/auth" })).toBe("https://news.example");
    expect(publicOrigin({ NEXTAUTH_URL: "http://127.0.0.1:3100" })).toBe("http://127.0.0.1:3100");
  });

  it("is http://localhost on PORT when neither is set (development and tests)", () => {
    expect(publicOrigin({ PORT: "3610" })).toBe("http://localhost:3610");
    expect(publicOrigin({})).toBe("http://localhost:3000");
    expect(publicOrigin({ PUBLIC_ORIGIN: "", NEXTAUTH_URL: "" })).toBe("http://localhost:3000");
  });

  it("refuses what is not an http(s) origin, in one line naming the variable", () => {
    expect(problemOf({ PUBLIC_ORIGIN: "claims.example.org" })).toMatch(/^PUBLIC_ORIGIN is not an absolute URL/);
    expect(problemOf({ PUBLIC_ORIGIN: "javascript:alert(1)" })).toMatch(
      /^PUBLIC_ORIGIN must start with http:\/\/ or https:\/\//,
    );
    expect(problemOf({ PUBLIC_ORIGIN: "ftp://claims.example.org" })).toMatch(/^PUBLIC_ORIGIN must start with http/);
    expect(problemOf({ PUBLIC_ORIGIN: "https://claims.example.org/tracker" })).toMatch(
      /^PUBLIC_ORIGIN must be an origin only/,
    );
    expect(problemOf({ PUBLIC_ORIGIN: "https://claims.example.org/?a=1" })).toMatch(
      /^PUBLIC_ORIGIN must be an origin only/,
    );
    expect(problemOf({ NEXTAUTH_URL: "not a url" })).toMatch(/^NEXTAUTH_URL is not an absolute URL/);
    for (const env of [{ PUBLIC_ORIGIN: "nope" }, { NEXTAUTH_URL: "file:///etc/passwd" }]) {
      const problem = problemOf(env) ?? "";
      expect(problem).not.toContain("\n");
      expect(() => publicOrigin(env)).toThrow(problem);
    }
  });

  it("never prints a password written into it", () => {
    const problem = problemOf({ PUBLIC_ORIGIN: "https://admin:s3cret@claims.example.org" }) ?? "";
    expect(problem).toMatch(/^PUBLIC_ORIGIN must not hold a user name or password/);
    expect(problem).not.toContain("s3cret");
  });
});
