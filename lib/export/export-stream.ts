// A download written while it is read: a ReadableStream that asks for the next page of rows only
// when the reader has taken the last one (pull, so a slow client slows the database reads
// instead of filling memory). CSV is the open data's (lib/public/open-data/csv.ts: RFC 4180,
// a BOM, the formula-injection guard); JSON is one array, written an item at a time.
import { csvField, type Cell } from "@/lib/public/open-data/csv";

export type ExportFormat = "csv" | "json";

/** How one kind of page becomes CSV rows or JSON items. */
export interface ExportShape<P> {
  header: readonly string[];
  csvRows(page: P): Cell[][];
  jsonItems(page: P): unknown[];
}

const BOM = "\uFEFF";
const csvLine = (row: readonly Cell[]) => `${row.map(csvField).join(",")}\r\n`;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * The export as a byte stream. `onError` hears a failure after the first bytes went out (the
 * status is sent by then, so the stream is broken off and the download is visibly incomplete:
 * a JSON array without its "]", a CSV cut mid-file).
 */
export function exportStream<P>(
  pages: AsyncIterable<P>,
  format: ExportFormat,
  shape: ExportShape<P>,
  onError: (error: unknown) => void = () => {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  let itemsWritten = 0;

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(format === "csv" ? BOM + csvLine(shape.header) : "["));
        return;
      }
      try {
        const next = await iterator.next();
        if (next.done) {
          if (format === "json") controller.enqueue(encoder.encode(itemsWritten === 0 ? "]\n" : "\n]\n"));
          controller.close();
          return;
        }
        if (format === "csv") {
          controller.enqueue(encoder.encode(shape.csvRows(next.value).map(csvLine).join("")));
        } else {
          const items = shape.jsonItems(next.value);
          const text = items
            .map((item, i) => `${itemsWritten + i === 0 ? "\n" : ",\n"}${JSON.stringify(item)}`)
            .join("");
          itemsWritten += items.length;
          controller.enqueue(encoder.encode(text));
        }
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      // The reader went away: stop reading pages.
      await iterator.return?.(undefined);
    },
  });
}
