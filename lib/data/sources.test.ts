import { describe, expect, it } from "vitest";
import { createSource, searchSources } from "./sources";
import { createUser } from "./users";
import { historyOf } from "./history";

async function editor() {
  const user = await createUser(
    {
      email: `sources${Math.random()}@newsroom.org`,
      name: "Editor",
      role: "editor",
      passwordHash: "x".repeat(60),
    },
    null,
  );
  if (user === "email_taken") throw new Error("unexpected duplicate");
  return user.id;
}

describe("sources", () => {
  it("creates a source once: the same name folded returns the existing one", async () => {
    const actorId = await editor();
    const first = await createSource(actorId, {
      name: "Observatoire syrien des droits de l'Homme",
      kind: "ngo",
      country: "Syria",
      homepage: null,
    });
    expect(first.existed).toBe(false);
    const again = await createSource(actorId, {
      name: "  observatoire SYRIEN des droits de l homme ",
      kind: "media",
      country: "",
      homepage: null,
    });
    expect(again).toEqual({ source: first.source, existed: true });
    expect((await historyOf("source", first.source.id)).map((h) => h.action)).toEqual(["create"]);
  });

  it("finds sources by any word typed, without accents or capitals", async () => {
    const actorId = await editor();
    await createSource(actorId, {
      name: "Préfecture de Hatay",
      kind: "government",
      country: "Turkey",
      homepage: "https://hatay.example.org/",
    });
    expect((await searchSources("prefecture HATAY")).map((s) => s.name)).toContain("Préfecture de Hatay");
    expect(await searchSources("nothing like this")).toEqual([]);
  });
});
