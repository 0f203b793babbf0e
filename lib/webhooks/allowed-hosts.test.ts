import { describe, expect, it } from "vitest";
import { allowedHosts, isAllowedReceiver, parseAllowedHosts } from "./allowed-hosts";

describe("WEBHOOK_ALLOWED_HOSTS", () => {
  it("reads host and host:port entries, IPv6 in brackets or bare, ignoring spaces and case", () => {
    expect(parseAllowedHosts(" 127.0.0.1:4010 , LocalHost,[::1]:8080,::1,cms.internal ")).toEqual([
      { host: "127.0.0.1", port: 4010 },
      { host: "localhost", port: null },
      { host: "[::1]", port: 8080 },
      { host: "[::1]", port: null },
      { host: "cms.internal", port: null },
    ]);
  });

  it("leaves out entries that are not a host, and is empty when unset", () => {
    expect(parseAllowedHosts("http://x.org/,a b,host:0,host:99999,user@host,,:80")).toEqual([]);
    expect(allowedHosts({})).toEqual([]);
    expect(allowedHosts({ WEBHOOK_ALLOWED_HOSTS: "127.0.0.1" })).toEqual([{ host: "127.0.0.1", port: null }]);
  });

  it("allows a receiver by the host written in its URL, and by its port when the entry names one", () => {
    const allowed = parseAllowedHosts("127.0.0.1:4010,localhost,[::1]");
    expect(isAllowedReceiver(new URL("http://127.0.0.1:4010/hook"), allowed)).toBe(true);
    expect(isAllowedReceiver(new URL("http://127.0.0.1:22/"), allowed)).toBe(false);
    expect(isAllowedReceiver(new URL("http://localhost:9999/"), allowed)).toBe(true);
    expect(isAllowedReceiver(new URL("http://[::1]:3000/"), allowed)).toBe(true);
    expect(isAllowedReceiver(new URL("http://10.0.0.5/"), allowed)).toBe(false);
    // Not by what a name resolves to: another name for the same machine is not allowed.
    expect(isAllowedReceiver(new URL("http://127.0.0.2:4010/"), allowed)).toBe(false);
  });

  it("compares ports with the scheme's default filled in", () => {
    expect(isAllowedReceiver(new URL("http://cms.internal/"), parseAllowedHosts("cms.internal:80"))).toBe(true);
    expect(isAllowedReceiver(new URL("https://cms.internal/"), parseAllowedHosts("cms.internal:80"))).toBe(false);
  });
});
