import { describe, expect, it } from "vitest";
import { databaseFault, faultMessage } from "./database-faults";

// The errors as they reach the app: a driver's own, Prisma's wrapping of it, or only its words.
describe("a database fault", () => {
  it("is read from SQLite's codes, wherever Prisma put them", () => {
    expect(databaseFault(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe("busy");
    expect(databaseFault(Object.assign(new Error("x"), { code: "SQLITE_BUSY_SNAPSHOT" }))).toBe("busy");
    expect(
      databaseFault({
        name: "DriverAdapterError",
        cause: { kind: "sqlite", extendedCode: 13, message: "database or disk is full" },
      }),
    ).toBe("full");
    expect(
      databaseFault({
        code: "P2010",
        meta: { driverAdapterError: { cause: { originalCode: "SQLITE_FULL" } } },
      }),
    ).toBe("full");
  });

  it("is read from PostgreSQL's SQLSTATEs and from a dropped connection", () => {
    expect(
      databaseFault({
        cause: {
          kind: "postgres",
          code: "55P03",
          message: "canceling statement due to lock timeout",
        },
      }),
    ).toBe("busy");
    expect(databaseFault({ code: "53100", message: "could not extend file" })).toBe("full");
    expect(
      databaseFault({
        code: "57P01",
        message: "terminating connection due to administrator command",
      }),
    ).toBe("unavailable");
    expect(
      databaseFault(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" })),
    ).toBe("unavailable");
    expect(databaseFault(new Error("Connection terminated unexpectedly"))).toBe("unavailable");
    // node-postgres, asked again on a client whose connection the server cut.
    expect(databaseFault(new Error("Client has encountered a connection error and is not queryable"))).toBe(
      "unavailable",
    );
  });

  it("is read from Prisma's codes for a timed-out start", () => {
    expect(
      databaseFault({
        code: "P2028",
        message: "Transaction API error: Unable to start a transaction in the given time.",
      }),
    ).toBe("busy");
    expect(databaseFault({ code: "P1008", message: "Operation has timed out" })).toBe("busy");
  });

  it("is not a mistake or a bug", () => {
    expect(databaseFault(new Error("Cannot read properties of undefined"))).toBeNull();
    expect(databaseFault({ code: "P2002", message: "Unique constraint failed on the fields: (`slug`)" })).toBeNull();
    expect(databaseFault({ code: "SQLITE_CONSTRAINT_FOREIGNKEY" })).toBeNull();
    expect(databaseFault(null)).toBeNull();
    expect(databaseFault("SQLITE_BUSY")).toBeNull();
  });

  it("is said in words: what happened, that nothing was saved, and when to try again", () => {
    expect(faultMessage("busy")).toBe("The database is busy; nothing was saved. Try again in 5 seconds.");
    expect(faultMessage("full")).toMatch(/full.*Nothing was saved/);
    expect(faultMessage("unavailable")).toMatch(/cannot be reached.*nothing was saved.*Try again in 10 seconds/);
  });
});
