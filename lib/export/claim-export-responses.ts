import "server-only";
import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/auth/run-route";
import { publicClaimPages, staffClaimPages, type PublicExportFilters, type StaffExportFilters } from "@/lib/data/claim-export";
import { publicEdition } from "@/lib/data/public-cache";
import { matchesETag, openDataETag } from "@/lib/public/open-data/etag";
import { OpenDataError, invalidParameter } from "@/lib/public/open-data/open-data-error";
import { parseIdFilter, parseSlugFilter, readParameters } from "@/lib/public/open-data/query";
import { openDataErrorResponse } from "@/lib/public/open-data/respond";
import { openDataUrls, originFrom } from "@/lib/public/open-data/urls";
import { publicExportShape, STAFF_EXPORT_SHAPE } from "./claim-export-shapes";
import { CONTENT_TYPES, exportStream, type ExportFormat } from "./export-stream";

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
  const stream = exportStream(staffClaimPages(filters), format, STAFF_EXPORT_SHAPE, logStreamError(randomBytes(4).toString("hex")));
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

/**
 * GET /api/v1/claims/export.csv|json for anyone: published claims only, with the open data's
 * CORS and ETag (a reader who has this edition gets a 304 before anything is read).
 */
export function publicExportRoute(format: ExportFormat) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      const filters = publicExportFilters(request.nextUrl.searchParams);
      const origin = originFrom(request.headers.get("host"), request.headers.get("x-forwarded-proto"), request.url);
      const etag = openDataETag(await publicEdition(), `${origin}${request.nextUrl.pathname}${request.nextUrl.search}`);
      const headers = {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": "ETag",
        ETag: etag,
        "Cache-Control": "public, max-age=0, must-revalidate",
      };
      if (matchesETag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
      const reference = randomBytes(4).toString("hex");
      const stream = exportStream(publicClaimPages(filters), format, publicExportShape(openDataUrls(origin)), logStreamError(reference));
      return new Response(stream, {
        headers: { ...headers, "Content-Type": CONTENT_TYPES[format], "Content-Disposition": attachment(`claims.${format}`) },
      });
    } catch (error) {
      if (error instanceof OpenDataError) return openDataErrorResponse(error.code, error.message, error.status);
      const reference = randomBytes(4).toString("hex");
      console.error(`[export ${reference}]`, error);
      return openDataErrorResponse("internal", `Something went wrong on our side. Reference: ${reference}.`, 500);
    }
  };
}
