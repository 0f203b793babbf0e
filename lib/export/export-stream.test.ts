import { describe, expect, it } from "vitest";
import { exportStream, type ExportShape } from "./export-stream";

type Row = { id: string; quote: string; value: number | null };
const SHAPE: ExportShape<Row[]> = {
  header: ["id", "quote", "value"],
  csvRows: (rows) => rows.map((r) => [r.id, r.quote, r.value]),
  jsonItems: (rows) => rows,
};

async function* pagesOf(...pages: Row[][]) {
  for (const page of pages) yield page;
}

// ignoreBOM keeps the byte-order mark, which a plain .text() would drop.
const read = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

describe("a streamed export", () => {
  const pages = () =>
    pagesOf(
      [{ id: "a", quote: "at least 29", value: 29 }],
      [
        { id: "b", quote: '=HYPERLINK("http://x")', value: -3 },
        { id: "c", quote: 'said, "30"', value: null },
      ],
    );

  it("writes CSV with a BOM, CRLF lines, quoting and the formula guard of the open data", async () => {
    const text = await read(exportStream(pages(), "csv", SHAPE));
    expect(text).toBe(
      '\uFEFFid,quote,value\r\na,at least 29,29\r\nb,"\'=HYPERLINK(""http://x"")",-3\r\nc,"said, ""30""",\r\n',
    );
  });

  it("writes JSON as one array across pages", async () => {
    const text = await read(exportStream(pages(), "json", SHAPE));
    expect(JSON.parse(text)).toEqual([
      { id: "a", quote: "at least 29", value: 29 },
      { id: "b", quote: '=HYPERLINK("http://x")', value: -3 },
      { id: "c", quote: 'said, "30"', value: null },
    ]);
  });

  it("writes an empty array, or only the header, when nothing matches", async () => {
    expect(JSON.parse(await read(exportStream(pagesOf(), "json", SHAPE)))).toEqual([]);
    expect(await read(exportStream(pagesOf(), "csv", SHAPE))).toBe("\uFEFFid,quote,value\r\n");
  });

  it("reads a page only when the reader asks for more, and stops reading when the reader leaves", async () => {
    let pagesRead = 0;
    let closed = false;
    async function* counted() {
      try {
        for (let i = 0; i < 1_000; i++) {
          pagesRead += 1;
          yield [{ id: String(i), quote: "x", value: i }];
        }
      } finally {
        closed = true;
      }
    }
    const reader = exportStream(counted(), "csv", SHAPE).getReader();
    await reader.read(); // the header
    await reader.read(); // the first page
    await reader.cancel();
    expect(pagesRead).toBeLessThanOrEqual(3);
    expect(closed).toBe(true);
  });

  it("breaks the stream off, and says so, when a page cannot be read", async () => {
    async function* failing() {
      yield [{ id: "a", quote: "x", value: 1 }];
      throw new Error("database locked");
    }
    const heard: unknown[] = [];
    await expect(read(exportStream(failing(), "json", SHAPE, (e) => heard.push(e)))).rejects.toThrow("database locked");
    expect(heard).toHaveLength(1);
  });
});
