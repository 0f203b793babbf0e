// The rule for a receiver, in one place for the two moments it is applied: when an admin
// registers a URL (what the URL itself says: a local name, a non-public address written out)
// and before every delivery attempt (./send-delivery.ts: every address its name resolves to).
// Pure, with no Node import, like ./public-address.ts.
import { isAllowedReceiver, type AllowedHost } from "./allowed-hosts";
import { ipLiteral, isLocalName, isPublicAddress } from "./public-address";

export const NOT_PUBLIC_AT_REGISTRATION =
  "This address is on this machine or a private network: webhooks go only to receivers on the public internet. " +
  "To allow a local receiver, name it in the server's WEBHOOK_ALLOWED_HOSTS setting.";

/** True when the URL names this machine or a non-public address outright, and is not allowed. */
export function isRefusedReceiverUrl(url: URL, allowed: readonly AllowedHost[]): boolean {
  if (isAllowedReceiver(url, allowed)) return false;
  if (isLocalName(url.hostname)) return true;
  const literal = ipLiteral(url.hostname);
  return literal !== null && !isPublicAddress(literal);
}

/** True when a name resolved to nothing, or to any address that is not public (not just the first). */
export function hasNonPublicAddress(addresses: readonly string[]): boolean {
  return addresses.length === 0 || addresses.some((address) => !isPublicAddress(address));
}
