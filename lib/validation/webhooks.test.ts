import { afterEach, describe, expect, it, vi } from "vitest";
import { registerWebhookInput } from "./webhooks";

const messageFor = (input: unknown, field: string) => {
  const result = registerWebhookInput.safeParse(input);
  return result.success ? null : (result.error.issues.find((i) => i.path[0] === field)?.message ?? null);
};

describe("registering a webhook", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("takes an http or https URL with one or both events", () => {
    expect(registerWebhookInput.parse({ url: " https://cms.example.org/hook ", events: "published" })).toEqual({
      url: "https://cms.example.org/hook",
      events: ["published"],
    });
    expect(
      registerWebhookInput.parse({
        url: "http://93.184.216.34:8080/in",
        events: ["published", "retracted", "published"],
      }).events,
    ).toEqual(["published", "retracted"]);
  });

  it("refuses this machine, private networks, link-local and the metadata address, however written", () => {
    vi.stubEnv("WEBHOOK_ALLOWED_HOSTS", "");
    for (const url of [
      "http://127.0.0.1:22/",
      "http://localhost:3000/hook",
      "http://app.localhost/",
      "http://10.0.0.5:8080/in",
      "http://192.168.1.1/",
      "http://172.20.0.1/",
      "http://100.64.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://0.0.0.0:5432/",
      "http://[::1]:8080/",
      "http://[fd00::1]/",
      "http://[fe80::1]/",
      "http://[::ffff:169.254.169.254]/",
      "http://224.0.0.1/",
      // The URL parser reads these as 127.0.0.1: the check sees what a connection would use.
      "http://2130706433/",
      "http://0x7f.1/",
      "http://127.1/",
    ]) {
      expect(messageFor({ url, events: "published" }, "url"), url).toBe(
        "This address is on this machine or a private network: webhooks go only to receivers on the public internet. " +
          "To allow a local receiver, name it in the server's WEBHOOK_ALLOWED_HOSTS setting.",
      );
    }
  });

  it("takes a local receiver the server's WEBHOOK_ALLOWED_HOSTS names, on the port it names", () => {
    vi.stubEnv("WEBHOOK_ALLOWED_HOSTS", "127.0.0.1:4010,cms.localhost");
    expect(messageFor({ url: "http://127.0.0.1:4010/hook", events: "published" }, "url")).toBeNull();
    expect(messageFor({ url: "http://cms.localhost/hook", events: "published" }, "url")).toBeNull();
    expect(messageFor({ url: "http://127.0.0.1:22/", events: "published" }, "url")).toMatch(
      /^This address is on this machine/,
    );
  });

  it("refuses other schemes, credentials in the URL and things that are not URLs, saying why", () => {
    expect(messageFor({ url: "ftp://example.org/x", events: "published" }, "url")).toBe(
      "Only http:// and https:// addresses can receive webhooks.",
    );
    expect(messageFor({ url: "javascript:alert(1)", events: "published" }, "url")).toBe(
      "Only http:// and https:// addresses can receive webhooks.",
    );
    expect(messageFor({ url: "https://user:pw@example.org/", events: "published" }, "url")).toMatch(
      /^Leave the user name and password out/,
    );
    expect(messageFor({ url: "cms hook", events: "published" }, "url")).toBe(
      "Enter the receiver's address, starting with http:// or https://.",
    );
    expect(messageFor({ url: "", events: "published" }, "url")).toBe(
      "Enter the receiver's address, starting with http:// or https://.",
    );
  });

  it("needs at least one known event", () => {
    expect(messageFor({ url: "https://example.org/" }, "events")).toBe("Choose at least one event.");
    expect(messageFor({ url: "https://example.org/", events: [] }, "events")).toBe("Choose at least one event.");
    expect(messageFor({ url: "https://example.org/", events: "deleted" }, "events")).toBe("Choose at least one event.");
  });
});
