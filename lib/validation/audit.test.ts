import { describe, expect, it } from "vitest";
import { auditQuery } from "./audit";

describe("the audit page's address", () => {
  it("reads a view, a filter and where to start", () => {
    expect(auditQuery.parse({ view: "sign-ins", email: " Nadia@Example.org ", before: "120" })).toEqual({
      view: "sign-ins",
      email: "nadia@example.org",
      before: 120,
    });
    expect(auditQuery.parse({ view: "workflow", entity: "claim" })).toMatchObject({
      view: "workflow",
      entity: "claim",
    });
  });

  it("falls back to the whole workflow for anything it does not know", () => {
    expect(auditQuery.parse({ view: "drop table", entity: "passwords", before: "-3", email: "" })).toEqual({
      view: "workflow",
    });
    expect(auditQuery.parse({ view: ["sign-ins", "workflow"], before: "1e400" })).toEqual({
      view: "sign-ins",
    });
    expect(auditQuery.parse({})).toEqual({ view: "workflow" });
  });
});
