import { describe, expect, it } from "vitest";
import { readImportFile } from "./analyze-import";
import { guessMapping } from "./column-mapping";
import { importPlan } from "./import-plan";
import { parseCsv } from "./parse-csv";

// A newsroom's big spreadsheet: 20,000 rows, about 2 MB.
function bigFile(rows: number): string {
  const lines = ["Source;Phrase;Date;URL"];
  for (let i = 1; i <= rows; i++)
    lines.push(`OSDH;"At least ${i} soldiers were killed in Idlib.";2020-02-27 10:00;https://example.org/${i}`);
  return lines.join("\r\n");
}

describe("checking a big file on a server", () => {
  it("reads every row, and lets other requests run while it does", async () => {
    const text = bigFile(20_000);
    const plan = importPlan.parse({
      quantityId: "q",
      language: "en",
      mapping: guessMapping(parseCsv(text.slice(0, text.indexOf("\r\n"))).header),
    });

    // Another request's timer: how long did it wait, at worst, while the file was read?
    let last = performance.now();
    let longestWait = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestWait = Math.max(longestWait, now - last);
      last = now;
      ticks++;
    }, 1);
    const started = performance.now();
    const read = await readImportFile(text, plan);
    const took = performance.now() - started;
    clearInterval(timer);

    expect(read.ok && read.file.rows.length).toBe(20_000);
    expect(read.ok && read.file.rows[41]?.reading.ok).toBe(true);
    // The whole check takes a while; no other request waits for more than a small part of it.
    expect(ticks).toBeGreaterThan(5);
    expect(longestWait).toBeLessThan(Math.max(150, took / 5));
  });
});
