// Signing the bench editor in over HTTP, as the sign-in form does: next-auth's CSRF token, then
// its credentials callback, which answers the session cookie. The cookie then rides on the
// dashboard's requests and on the writes.

/** "name=value" pairs of every Set-Cookie of `response`. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0] as string);
}

/** Signs in and answers the Cookie header of the session; throws when the server refuses. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  // Sign-ins are throttled per address: the bench's own, so a developer's failed sign-ins on
  // 127.0.0.1 never lock it out.
  const address = { "x-forwarded-for": "10.99.0.1" };
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: address });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: {
      ...address,
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: jar.join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  await callback.arrayBuffer();
  const cookie = [...jar, ...cookiesOf(callback)].join("; ");
  const session = (await (await fetch(`${origin}/api/auth/session`, { headers: { Cookie: cookie } })).json()) as {
    user?: { email?: string };
  };
  if (session.user?.email !== email)
    throw new Error(`${email} could not sign in (the callback answered ${callback.status})`);
  return cookie;
}
