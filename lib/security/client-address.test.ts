import { describe, expect, it } from "vitest";
import {
  clientAddress,
  normalizeAddress,
  parseTrustedProxies,
  throttledNetwork,
  UNKNOWN_ADDRESS,
} from "./client-address";

const trusting = (setting: string) => {
  const parsed = parseTrustedProxies(setting);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.proxies;
};
const none = trusting("");

describe("the client's address, from X-Forwarded-For", () => {
  it("is the address Next wrote from the socket when the client sent no header", () => {
    expect(clientAddress("203.0.113.7", none)).toBe("203.0.113.7");
  });

  it("a stranger's made-up entries on the left are ignored: the right-most hop, written by our proxy, counts", () => {
    // What nginx's $proxy_add_x_forwarded_for sends when the client forged a header of its own.
    expect(clientAddress("1.2.3.4, 5.6.7.8, 198.51.100.23", none)).toBe("198.51.100.23");
    expect(clientAddress("9.9.9.9, 198.51.100.23", none)).toBe(clientAddress("1.1.1.1, 198.51.100.23", none));
  });

  it("skips the proxies listed in TRUSTED_PROXIES, from the right, and stops at the first other hop", () => {
    const proxies = trusting("10.0.0.0/8, 192.0.2.10");
    expect(clientAddress("6.6.6.6, 198.51.100.23, 192.0.2.10, 10.1.2.3", proxies)).toBe("198.51.100.23");
    // A client claiming to be a proxy of ours, left of a hop we do not trust, changes nothing.
    expect(clientAddress("10.9.9.9, 198.51.100.23", proxies)).toBe("198.51.100.23");
  });

  it("is the left-most hop when every hop is a trusted proxy (a proxy asking for itself)", () => {
    expect(clientAddress("10.0.0.5, 10.0.0.6", trusting("10.0.0.0/8"))).toBe("10.0.0.5");
  });

  it("stops at a hop that is not an address: nothing to its left can be believed", () => {
    expect(clientAddress("198.51.100.23, not-an-address", none)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress("198.51.100.23, unknown, 10.0.0.1", trusting("10.0.0.1"))).toBe(UNKNOWN_ADDRESS);
  });

  it("is 'unknown' without the header, and for an empty one", () => {
    expect(clientAddress(undefined, none)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(" , ", none)).toBe(UNKNOWN_ADDRESS);
  });

  it("writes one machine one way: ports, brackets, case and IPv4-in-IPv6 do not make a new address", () => {
    expect(normalizeAddress("203.0.113.7:5123")).toBe("203.0.113.7");
    expect(normalizeAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeAddress("[2001:DB8:0:0::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("2001:db8::0:1")).toBe("2001:db8::1");
    expect(normalizeAddress("evil.example")).toBeNull();
    expect(normalizeAddress("1.2.3.4.5")).toBeNull();
  });

  it("an IPv4 proxy listed plainly also matches when Node reports it as ::ffff:", () => {
    expect(clientAddress("198.51.100.23, ::ffff:127.0.0.1", trusting("127.0.0.1"))).toBe("198.51.100.23");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("takes addresses and CIDR ranges, IPv4 and IPv6", () => {
    const proxies = trusting("127.0.0.1, 10.0.0.0/8, fd00::/8, ::1");
    for (const address of ["127.0.0.1", "10.200.3.4", "fd12::34", "::1"])
      expect(clientAddress(`198.51.100.23, ${address}`, proxies)).toBe("198.51.100.23");
    expect(clientAddress("198.51.100.23, 11.0.0.1", proxies)).toBe("11.0.0.1");
  });

  it.each(["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/8", "fd00::/129", "10.0.0.0/x"])(
    "refuses %s, naming it, and then trusts no proxy",
    (entry) => {
      const parsed = parseTrustedProxies(`127.0.0.1, ${entry}`);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.problem).toContain(`"${entry}"`);
      expect(clientAddress("198.51.100.23, 127.0.0.1", parsed.proxies)).toBe("127.0.0.1");
    },
  );
});

describe("what the per-address limits count", () => {
  it("an IPv4 address on its own, an IPv6 address by its /64 network", () => {
    expect(throttledNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(throttledNetwork("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(throttledNetwork("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(throttledNetwork("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttledNetwork(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
