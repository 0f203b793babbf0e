import { after, NextResponse, type NextRequest } from "next/server";
import { runRoute } from "@/lib/auth/run-route";
import { startImport } from "@/lib/data/imports";
import { readImportRequest } from "@/lib/newsroom/csv/import-request";

/**
 * Starts importing a CSV file as drafts: checked again, refused while a row has a problem, then
 * written by a job after the answer is sent; the page follows it at /claims/import/jobs/{id}.
 */
export function POST(request: NextRequest) {
  return runRoute("write_newsroom", request, async (member) => {
    const read = await readImportRequest(request);
    if (!read.ok)
      return NextResponse.json(
        { error: { code: "invalid", message: read.message, fields: read.fields } },
        { status: read.status },
      );
    const started = await startImport(member.id, { fileName: read.fileName, text: read.text }, read.plan);
    if (!started.ok) {
      const { current: preview, ...error } = started.error;
      return NextResponse.json({ error, preview }, { status: 422 });
    }
    after(started.data.run);
    return NextResponse.json({ jobId: started.data.jobId }, { status: 202 });
  });
}
