import "server-only";
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/auth/run-route";
import {
  publicClaimPages,
  staffClaimPages,
  type PublicExportFilters,
  type StaffExportFilters,
} from "@/lib/data/claim-export";
import { publicEdition } from "@/lib/data/edition";
import { matchesETag, streamETag } from "@/lib/public/open-data/etag";
import { OpenDataError, invalidParameter } from "@/lib/public/open-data/open-data-error";
import { parseIdFilter, parseSlugFilter, readParameters } from "@/lib/public/open-data/query";
import { cachedAnswerHeaders, notModified, openDataErrorResponse, openDataTags } from "@/lib/public/open-data/respond";
import { publicUrls } from "@/lib/public/open-data/urls";
import { publicExportShape, STAFF_EXPORT_SHAPE } from "./claim-export-shapes";
import { CONTENT_TYPES, exportStream, type ExportFormat } from "./export-stream";
import { unexpectedFault } from "@/lib/faults";

// The two claim exports as HTTP answers. The route files call one of these and nothing else.
// Parameters are read like the open data's (a misspelt or repeated one is refused, never
// ignored), before any byte is sent, so a mistake is still a clean 4xx with a message.

const STATUSES = ["draft", "in_review", "published", "retracted"] as const;

function logStreamError(reference: string) {
  return (error: unknown) => console.error(`[export ${reference}] the download was broken off`, error);
}

const attachment = (filename: string) => `attachment; filename="${filename}"`;

/** The staff export's filters: status, story (id), quantity, source and author (ids). */
export function staffExportFilters(params: URLSearchParams): StaffExportFilters {
  const query = readParameters(params, ["status", "story", "quantity", "source", "author"]);
  if (query.status !== undefined && !(STATUSES as readonly string[]).includes(query.status)) {
    throw invalidParameter(`"status" must be one of ${STATUSES.join(", ")}.`);
  }
  return {
    status: (query.status as StaffExportFilters["status"] | undefined) ?? null,
    story: parseIdFilter(query.story, "story"),
    quantity: parseIdFilter(query.quantity, "quantity"),
    source: parseIdFilter(query.source, "source"),
    author: parseIdFilter(query.author, "author"),
  };
}

/** GET /claims/export.csv|json for signed-in staff (runRoute checked read_staff): every status. */
export function staffExportResponse(request: NextRequest, format: ExportFormat): NextResponse {
  let filters: StaffExportFilters;
  try {
    filters = staffExportFilters(request.nextUrl.searchParams);
  } catch (error) {
    if (error instanceof OpenDataError) return apiError("invalid", error.message);
    throw error;
  }
  const stream = exportStream(
    staffClaimPages(filters),
    format,
    STAFF_EXPORT_SHAPE,
    logStreamError(randomBytes(4).toString("hex")),
  );
  return new NextResponse(stream, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": attachment(`claims-staff.${format}`),
      // The newsroom's unpublished work: never kept by a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}

/** The public export's filters, as /api/v1/claims takes them: story (slug), quantity, source. */
export function publicExportFilters(params: URLSearchParams): PublicExportFilters {
  const query = readParameters(params, ["story", "quantity", "source"]);
  return {
    story: parseSlugFilter(query.story, "story"),
    quantity: parseIdFilter(query.quantity, "quantity"),
    source: parseIdFilter(query.source, "source"),
  };
}

/** Export tags being computed: readers asking for the same new one at once wait for one reading. */
const globalForExports = globalThis as typeof globalThis & {
  claimTrackerExportTagging?: Map<string, Promise<string>>;
};
const tagging = (globalForExports.claimTrackerExportTagging ??= new Map());

/**
 * The ETag of a public export, like every open-data answer's a digest of its bytes. A download
 * is written while it is sent, so the bytes are read once without sending them to learn it, the
 * first time an address is asked at an edition; after that, the kept tag answers at once.
 */
async function exportETag(edition: number, address: string, read: () => ReadableStream<Uint8Array>): Promise<string> {
  const known = openDataTags.get(edition, address);
  if (known) return known;
  const key = `${edition} ${address}`;
  let running = tagging.get(key);
  if (!running) {
    running = streamETag(read()).finally(() => tagging.delete(key));
    tagging.set(key, running);
  }
  const etag = await running;
  openDataTags.set(edition, address, etag);
  return etag;
}

/**
 * GET /api/v1/claims/export.csv|json for anyone: published claims only, with the open data's
 * CORS and ETag (a reader who has this version gets a 304 without a download).
 */
export function publicExportRoute(format: ExportFormat) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      const filters = publicExportFilters(request.nextUrl.searchParams);
      const shape = publicExportShape(publicUrls());
      const stream = (onError?: (error: unknown) => void) =>
        exportStream(publicClaimPages(filters), format, shape, onError);
      // A failure while tagging is thrown here, before any byte is sent, and answered below.
      const etag = await exportETag(await publicEdition(), request.nextUrl.pathname + request.nextUrl.search, () =>
        stream(),
      );
      if (matchesETag(request.headers.get("if-none-match"), etag)) return notModified(etag);
      return new Response(stream(logStreamError(randomBytes(4).toString("hex"))), {
        headers: {
          ...cachedAnswerHeaders(etag),
          "Content-Type": CONTENT_TYPES[format],
          "Content-Disposition": attachment(`claims.${format}`),
        },
      });
    } catch (error) {
      if (error instanceof OpenDataError) return openDataErrorResponse(error.code, error.message, error.status);
      return openDataErrorResponse("internal", unexpectedFault("export", error), 500);
    }
  };
}
