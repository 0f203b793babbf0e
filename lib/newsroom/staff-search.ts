// The answer of a staff search endpoint to someone it does not serve, in the API's error shape.

export interface Refusal {
  status: 401 | 403;
  body: { error: { code: "unauthenticated" | "forbidden"; message: string } };
}

/** `allowed` is null for a visitor (no session), else whether their role may read staff lists. */
export function staffSearchRefusal(allowed: boolean | null): Refusal | null {
  if (allowed === null) {
    return { status: 401, body: { error: { code: "unauthenticated", message: "Sign in to search the newsroom's lists." } } };
  }
  if (!allowed) return { status: 403, body: { error: { code: "forbidden", message: "Your role does not allow this." } } };
  return null;
}
