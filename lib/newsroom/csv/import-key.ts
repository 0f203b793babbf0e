import { createHash } from "node:crypto";
import { sourceKey } from "@/lib/newsroom/source-key";
import type { RowCells } from "./column-mapping";

/**
 * A row's fingerprint, stored on the claim it became: the quantity, and the source, quote,
 * sentence, figure, date and article address *as the file writes them*, before any fix typed in
 * the preview. So the same file imported again is recognised row for row, fixed rows included,
 * and adds nothing. The source is folded like source names, so "OSDH" and "osdh" are one.
 */
export function importKey(quantityId: string, cells: RowCells): string {
  const parts = [
    quantityId,
    sourceKey(cells.source),
    cells.quote,
    cells.sentence,
    cells.figure,
    cells.reportedAt,
    cells.articleUrl,
  ];
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}
