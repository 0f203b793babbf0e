import { describe, expect, it } from "vitest";
import { ipLiteral, isLocalName, isPublicAddress, parseIpv6 } from "./public-address";

describe("which addresses a webhook may reach", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.5", "private (RFC 1918)"],
    ["172.16.0.1", "private (RFC 1918)"],
    ["172.31.255.255", "private (RFC 1918)"],
    ["192.168.1.1", "private (RFC 1918)"],
    ["169.254.169.254", "the cloud metadata address (link-local)"],
    ["169.254.0.1", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "'this network'"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fc00::1", "unique local (fc00::/7)"],
    ["fd12:3456:789a::1", "unique local (fc00::/7)"],
    ["fe80::1", "link-local (fe80::/10)"],
    ["febf::1", "link-local (fe80::/10)"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, in hex"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata address"],
    ["::ffff:10.0.0.5", "IPv4-mapped private"],
    ["64:ff9b::10.0.0.5", "NAT64 of a private address"],
    ["::127.0.0.1", "IPv4-compatible (deprecated)"],
    ["2001:db8::1", "IPv6 documentation"],
    ["2002:7f00:1::", "6to4 (may carry a private IPv4)"],
    ["[::1]", "a URL's bracketed loopback"],
    ["fe80::1%eth0", "an address with a zone"],
  ])("refuses %s: %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "169.255.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4007:80e::200e",
    "::ffff:93.184.216.34",
    "64:ff9b::8.8.8.8",
    "[2606:4700:4700::1111]",
  ])("allows the public address %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it("refuses what is not an address at all, rather than guessing", () => {
    for (const text of [
      "",
      "localhost",
      "example.org",
      "127.1",
      "0177.0.0.1",
      "1.2.3.4.5",
      "256.1.1.1",
      "1::2::3",
      "12345::1",
      ":1",
    ]) {
      expect(isPublicAddress(text), text).toBe(false);
    }
  });

  it("reads every IPv6 spelling the resolvers and the URL parser give", () => {
    expect(parseIpv6("::")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIpv6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6("fe80::")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6("1:2:3:4:5:6:7")).toBeNull();
    expect(parseIpv6("1:2:3:4:5:6:7:8:9")).toBeNull();
  });

  it("tells an address from a name", () => {
    expect(ipLiteral("127.0.0.1")).toBe("127.0.0.1");
    expect(ipLiteral("[::ffff:7f00:1]")).toBe("::ffff:7f00:1");
    expect(ipLiteral("cms.example.org")).toBeNull();
  });

  it("knows the names that mean this machine whatever DNS says", () => {
    for (const name of [
      "localhost",
      "LOCALHOST",
      "localhost.",
      "api.localhost",
      "localhost.localdomain",
      "ip6-localhost",
      "ip6-loopback",
    ]) {
      expect(isLocalName(name), name).toBe(true);
    }
    for (const name of ["localhost.example.org", "mylocalhost", "example.org"])
      expect(isLocalName(name), name).toBe(false);
  });
});
