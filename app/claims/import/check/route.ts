import { NextResponse, type NextRequest } from "next/server";
import { runRoute } from "@/lib/auth/run-route";
import { checkImport } from "@/lib/data/imports";
import { readImportRequest } from "@/lib/newsroom/csv/import-request";

/** Checks a CSV file under the editor's plan, row by row; saves nothing. POST multipart: file, plan. */
export function POST(request: NextRequest) {
  return runRoute("write_newsroom", request, async () => {
    const read = await readImportRequest(request);
    if (!read.ok)
      return NextResponse.json(
        { error: { code: "invalid", message: read.message, fields: read.fields } },
        { status: read.status },
      );
    const checked = await checkImport({ fileName: read.fileName, text: read.text }, read.plan);
    if (!checked.ok) return NextResponse.json({ error: checked.error }, { status: 422 });
    return NextResponse.json({ preview: checked.data });
  });
}
