import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

// Who is on the other end of a request, for the sign-in limits. Next's own server (`next start`)
// sees the socket but hands the app only headers: it writes the socket's address into
// X-Forwarded-For when the request has none, and keeps the client's header untouched when it
// has one (node_modules/next/dist/server/base-server.js, `x-forwarded-for ??= remoteAddress`).
// So the left of that header is whatever a client typed; only its right end was written by
// something we run. Each proxy appends the address it was reached from; we walk from the right,
// past the proxies the operator lists in TRUSTED_PROXIES, and the first address that is not one
// of them is the client. X-Real-IP and the like are ignored: any client can send them.

/** The address used when no hop can be read: every such request shares one limit. */
export const UNKNOWN_ADDRESS = "unknown";

export type TrustedProxies = BlockList;

export type ParsedProxies =
  { ok: true; proxies: TrustedProxies } | { ok: false; problem: string; proxies: TrustedProxies };

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges ("10.0.0.0/8, fd00::/8, 127.0.0.1").
 * Empty or unset trusts none. On a mistake the whole list is refused with a sentence saying
 * which entry (and the server does not start, lib/env.ts); the proxies returned then trust none:
 * trusting fewer hops never lets a client choose its address.
 */
export function parseTrustedProxies(setting: string | undefined): ParsedProxies {
  const proxies = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (!addRange(proxies, entry)) {
      return {
        ok: false,
        problem: `TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (like 10.0.0.0/8).`,
        proxies: new BlockList(),
      };
    }
  }
  return { ok: true, proxies };
}

function addRange(list: BlockList, entry: string): boolean {
  const [base = "", prefix, extra] = entry.split("/");
  const address = normalizeAddress(base);
  if (!address || extra !== undefined) return false;
  const type = isIP(address) === 4 ? "ipv4" : "ipv6";
  if (prefix === undefined) {
    list.addAddress(address, type);
    return true;
  }
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!(bits >= 0 && bits <= (type === "ipv4" ? 32 : 128))) return false;
  list.addSubnet(address, bits, type);
  return true;
}

/**
 * One hop of X-Forwarded-For as a plain address, or null when it is not one: ports and
 * brackets dropped ("[2001:db8::1]:443", "203.0.113.7:5123"), IPv6 in its short lower-case form,
 * and an IPv4 address in IPv6 clothing ("::ffff:203.0.113.7", what Node reports on a dual-stack
 * socket) as plain IPv4, so one machine is always written one way.
 */
export function normalizeAddress(hop: string): string | null {
  let text = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const version = isIP(text);
  if (version === 4) return text;
  if (version !== 6 || text.includes("%")) return null;
  // The URL parser writes IPv6 in its canonical form: "2001:DB8:0:0::1" becomes "2001:db8::1".
  const canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped?.[1] && mapped[2]) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return canonical;
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  return proxies.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address from X-Forwarded-For: the right-most hop that is not a trusted proxy.
 * A hop that is not an address stops the walk (nothing to its left can be believed either);
 * when every hop is a trusted proxy, the left-most is the client (a proxy asking for itself).
 */
export function clientAddress(forwardedFor: string | null | undefined, proxies: TrustedProxies): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    const address = normalizeAddress(hops[index] ?? "");
    if (!address) return UNKNOWN_ADDRESS;
    if (!isTrusted(address, proxies) || index === 0) return address;
  }
  return UNKNOWN_ADDRESS;
}

/**
 * What the per-address limits count: an IPv4 address, or an IPv6 address's /64 network. One
 * household or server is given a whole /64, so counting single IPv6 addresses would hand a
 * stranger 2^64 fresh addresses to guess from.
 */
export function throttledNetwork(address: string): string {
  if (isIP(address) !== 6) return address;
  const full = expandIpv6(address);
  return `${full.slice(0, 4).join(":")}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

/**
 * The client of a request whose X-Forwarded-For is `forwardedFor`, past the proxies this server
 * was started with (TRUSTED_PROXIES, lib/env.ts: a mistake in the list stops the start).
 */
export function requestClient(forwardedFor: string | null | undefined): string {
  return clientAddress(forwardedFor, env().trustedProxies);
}
