import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The cookies of a site served over https, with the app's own next-auth options: next-auth turns
// on Secure cookies and the __Secure-/__Host- prefixes when NEXTAUTH_URL starts with https://.
// The browser tests run over plain http, so this runs next-auth's own handler here, with the
// database replaced by one account.
const account = vi.hoisted(() => ({
  id: "user-1",
  email: "editor@news.example",
  name: "Editor",
  password: "a long and unusual passphrase",
  disabled: false,
  sessionVersion: 0,
}));

vi.mock("@/lib/data/users", async () => {
  const { default: bcrypt } = await import("bcryptjs");
  const passwordHash = bcrypt.hashSync(account.password, 4);
  return {
    findUserForSignIn: vi.fn(async (email: string) => (email === account.email ? { ...account, passwordHash } : null)),
    endSessions: vi.fn(async () => undefined),
    normalizeEmail: (email: string) => email.trim().toLowerCase(),
  };
});
vi.mock("@/lib/data/audit", () => ({ recordSecurityEvent: vi.fn(async () => undefined) }));
vi.mock("@/lib/data/sign-in-throttle", () => ({
  takeSignInTurn: vi.fn(async () => ({ ok: true })),
  signInSucceeded: vi.fn(async () => undefined),
}));

interface InternalCookie {
  name: string;
  value: string;
  options: {
    httpOnly?: boolean;
    secure?: boolean;
    sameSite?: string;
    path?: string;
    maxAge?: number;
    expires?: Date;
  };
}
type Handler = (params: {
  req: Request;
  options: unknown;
}) => Promise<{ cookies?: InternalCookie[]; body?: unknown; redirect?: string }>;

let handle: Handler;
let options: unknown;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "https://news.example";
  process.env.NEXTAUTH_SECRET = "a-test-secret-of-enough-length-for-jwt-signing";
  ({ authOptions: options } = await import("./auth-options"));
  // next-auth's core handler, which its Next route wraps; its package does not export the path.
  const core = path.join(process.cwd(), "node_modules", "next-auth", "core", "index.js");
  ({ AuthHandler: handle } = createRequire(import.meta.url)(core) as { AuthHandler: Handler });
});

const at = (path: string, init?: RequestInit) => new Request(`https://news.example/api/auth/${path}`, init);

async function signIn(): Promise<InternalCookie[]> {
  const csrf = await handle({ req: at("csrf"), options });
  const csrfCookie = csrf.cookies?.find((c) => c.name.endsWith("next-auth.csrf-token")) as InternalCookie;
  const { csrfToken } = csrf.body as { csrfToken: string };
  const answer = await handle({
    req: at("callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: `${csrfCookie.name}=${csrfCookie.value}`,
        "x-forwarded-for": "10.0.0.1",
      },
      body: JSON.stringify({
        csrfToken,
        email: account.email,
        password: account.password,
        json: "true",
      }),
    }),
    options,
  });
  return [csrfCookie, ...(answer.cookies ?? [])];
}

describe("cookies over https", () => {
  it("the session cookie is __Secure-, HttpOnly, Secure, SameSite=Lax and lasts one shift", async () => {
    const session = (await signIn()).find((c) => c.name.includes("session-token"));
    expect(session?.name).toBe("__Secure-next-auth.session-token");
    expect(session?.value).not.toBe("");
    expect(session?.options).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
    });
    // 12 hours, not next-auth's default of 30 days.
    const lifetime = ((session?.options.expires as Date).getTime() - Date.now()) / 1000;
    expect(lifetime).toBeGreaterThan(11.9 * 3600);
    expect(lifetime).toBeLessThanOrEqual(12 * 3600);
  });

  it("the CSRF cookie is __Host- (this host only, path /), HttpOnly, Secure, SameSite=Lax", async () => {
    const csrf = (await signIn()).find((c) => c.name.endsWith("csrf-token"));
    expect(csrf?.name).toBe("__Host-next-auth.csrf-token");
    expect(csrf?.options).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
    });
  });

  it("the callback-URL cookie is __Secure-, Secure, SameSite=Lax", async () => {
    const answer = await handle({ req: at("session"), options });
    const all = [...(answer.cookies ?? []), ...(await signIn())];
    const callback = all.find((c) => c.name.endsWith("callback-url"));
    expect(callback?.name).toBe("__Secure-next-auth.callback-url");
    expect(callback?.options).toMatchObject({ secure: true, sameSite: "lax", path: "/" });
  });
});
