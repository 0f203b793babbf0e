import { describe, expect, it } from "vitest";
import { registerWebhookInput } from "./webhooks";

const messageFor = (input: unknown, field: string) => {
  const result = registerWebhookInput.safeParse(input);
  return result.success ? null : (result.error.issues.find((i) => i.path[0] === field)?.message ?? null);
};

describe("registering a webhook", () => {
  it("takes an http or https URL, private addresses included, with one or both events", () => {
    expect(registerWebhookInput.parse({ url: " https://cms.example.org/hook ", events: "published" })).toEqual({
      url: "https://cms.example.org/hook",
      events: ["published"],
    });
    expect(registerWebhookInput.parse({ url: "http://10.0.0.5:8080/in", events: ["published", "retracted", "published"] }).events).toEqual([
      "published",
      "retracted",
    ]);
  });

  it("refuses other schemes, credentials in the URL and things that are not URLs, saying why", () => {
    expect(messageFor({ url: "ftp://example.org/x", events: "published" }, "url")).toBe("Only http:// and https:// addresses can receive webhooks.");
    expect(messageFor({ url: "javascript:alert(1)", events: "published" }, "url")).toBe("Only http:// and https:// addresses can receive webhooks.");
    expect(messageFor({ url: "https://user:pw@example.org/", events: "published" }, "url")).toMatch(/^Leave the user name and password out/);
    expect(messageFor({ url: "cms hook", events: "published" }, "url")).toBe("Enter the receiver's address, starting with http:// or https://.");
    expect(messageFor({ url: "", events: "published" }, "url")).toBe("Enter the receiver's address, starting with http:// or https://.");
  });

  it("needs at least one known event", () => {
    expect(messageFor({ url: "https://example.org/" }, "events")).toBe("Choose at least one event.");
    expect(messageFor({ url: "https://example.org/", events: [] }, "events")).toBe("Choose at least one event.");
    expect(messageFor({ url: "https://example.org/", events: "deleted" }, "events")).toBe("Choose at least one event.");
  });
});
