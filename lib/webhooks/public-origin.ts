// The address readers reach the app at, for the links in a webhook's payload: a delivery is
// written when a reviewer decides, long before any request of the receiver's, so there is no
// request to take the origin from. NEXTAUTH_URL names it already (README, "Serving on another
// address"); `npm start` sets it to the local address otherwise.

type Environment = Record<string, string | undefined>;

export function publicOrigin(env: Environment = process.env): string {
  try {
    if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  } catch {
    // An unreadable NEXTAUTH_URL: fall back to the local address rather than lose the event.
  }
  return `http://localhost:${env.PORT ?? "3000"}`;
}
