// Which addresses a webhook may be sent to: only public ones. A receiver URL is typed by an admin,
// but the request goes out from inside the newsroom's network, so without this an admin account
// (or whoever holds one) could make the server post to its own loopback services, the machines
// of a private network, or a cloud's metadata address (169.254.169.254), which hands out keys.
//
// Pure, with no Node import: the registration form's schema (lib/validation/webhooks.ts) is also
// bundled for the browser. Addresses are parsed here rather than with node:net for that reason.

type Ipv6 = number[]; // eight 16-bit groups

/** "a.b.c.d" in plain decimal, as dns.lookup and the URL parser give it; null for anything else. */
export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    // No leading zero: "010" is 8 to some parsers and 10 to others.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

/** An IPv6 address as eight groups, "::" and a trailing dotted IPv4 allowed; null otherwise. */
export function parseIpv6(text: string): Ipv6 | null {
  let rest = text;
  const tail: number[] = [];
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
  if (dotted) {
    const v4 = parseIpv4(dotted[2] ?? "");
    if (v4 === null) return null;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    rest = (dotted[1] ?? "").endsWith("::") ? (dotted[1] ?? "") : (dotted[1] ?? "").slice(0, -1);
  }
  const halves = rest.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string | undefined) => (half ? half.split(":") : []);
  const head = groups(halves[0]);
  const after = groups(halves[1]);
  if (![...head, ...after].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const given = head.length + after.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const zeros = new Array<number>(8 - given).fill(0);
  return [...head.map((g) => parseInt(g, 16)), ...zeros, ...after.map((g) => parseInt(g, 16)), ...tail];
}

const v4Range = (cidr: string) => {
  const [base = "", bits = "32"] = cidr.split("/");
  return { base: parseIpv4(base) ?? 0, bits: Number(bits) };
};
const v6Range = (cidr: string) => {
  const [base = "", bits = "128"] = cidr.split("/");
  return { base: parseIpv6(base) ?? [], bits: Number(bits) };
};

// IANA's special-purpose IPv4 registry, every block that is not globally reachable, plus
// multicast and the reserved 240/4 (which holds the broadcast address).
const NOT_PUBLIC_V4 = [
  "0.0.0.0/8", // "this network", 0.0.0.0 included: Linux connects it to the loopback
  "10.0.0.0/8", // private (RFC 1918)
  "100.64.0.0/10", // carrier-grade NAT (RFC 6598)
  "127.0.0.0/8", // loopback
  "169.254.0.0/16", // link-local, the cloud metadata address 169.254.169.254 among them
  "172.16.0.0/12", // private
  "192.0.0.0/24", // IETF protocol assignments
  "192.0.2.0/24", // documentation
  "192.88.99.0/24", // 6to4 relays (retired)
  "192.168.0.0/16", // private
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // documentation
  "203.0.113.0/24", // documentation
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, and 255.255.255.255
].map(v4Range);

// Only global unicast (2000::/3) is public; inside it, these are not.
const NOT_PUBLIC_V6 = [
  "2001::/23", // IETF protocol assignments: Teredo, benchmarking, ORCHID
  "2001:db8::/32", // documentation
  "2002::/16", // 6to4: carries an IPv4 address that may be a private one
  "3fff::/20", // documentation
].map(v6Range);

const inV4 = (address: number, range: { base: number; bits: number }) => {
  const size = 2 ** (32 - range.bits);
  return Math.floor(address / size) === Math.floor(range.base / size);
};

function inV6(address: Ipv6, range: { base: Ipv6; bits: number }): boolean {
  for (let i = 0, left = range.bits; left > 0; i++, left -= 16) {
    const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
    if (((address[i] ?? 0) & mask) !== ((range.base[i] ?? 0) & mask)) return false;
  }
  return true;
}

const isPublicV4 = (address: number) => !NOT_PUBLIC_V4.some((range) => inV4(address, range));

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) one. */
function embeddedV4(groups: Ipv6): number | null {
  const low = (groups[6] ?? 0) * 65536 + (groups[7] ?? 0);
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = groups;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return low;
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return low;
  return null;
}

function isPublicV6(groups: Ipv6): boolean {
  const v4 = embeddedV4(groups);
  if (v4 !== null) return isPublicV4(v4);
  // Outside 2000::/3: unspecified, loopback, unique local fc00::/7, link-local fe80::/10,
  // multicast ff00::/8, the IPv4-compatible and -translated forms, discard-only.
  if (((groups[0] ?? 0) & 0xe000) !== 0x2000) return false;
  return !NOT_PUBLIC_V6.some((range) => inV6(groups, range));
}

/** "[::1]" -> "::1": the URL parser keeps the brackets in a hostname. */
const unbracketed = (host: string) => (host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host);

/** The host as an IP address ("127.0.0.1", "::1"), or null when it is a name. */
export function ipLiteral(host: string): string | null {
  const bare = unbracketed(host);
  if (parseIpv4(bare) !== null) return bare;
  // A zone ("fe80::1%eth0") names a local interface: never public, but still an address.
  const [address = ""] = bare.split("%");
  return parseIpv6(address) !== null ? bare : null;
}

/** True only for an address reachable on the public internet; false for a name or nonsense. */
export function isPublicAddress(host: string): boolean {
  const bare = unbracketed(host);
  const v4 = parseIpv4(bare);
  if (v4 !== null) return isPublicV4(v4);
  if (bare.includes("%")) return false;
  const v6 = parseIpv6(bare);
  return v6 !== null && isPublicV6(v6);
}

/**
 * Names that mean this machine whatever DNS says (RFC 6761 reserves "localhost" and every name
 * under it; the other two are in common /etc/hosts files). Refused by name, before any lookup.
 */
export function isLocalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return (
    name === "localhost" ||
    name.endsWith(".localhost") ||
    ["localhost.localdomain", "ip6-localhost", "ip6-loopback"].includes(name)
  );
}
