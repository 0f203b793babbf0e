import { MAX_IMPORT_BYTES, importPlan, type ImportPlan } from "./import-plan";

// What the import page posts: the file and the plan (JSON) as multipart form data. Read here
// with the limits first, so a huge body is refused before it is read, and a file that is not
// UTF-8 is named as such rather than imported as garbled text.

export type ImportRequest =
  | { ok: true; fileName: string; text: string; plan: ImportPlan }
  | { ok: false; status: 413 | 422; message: string; fields?: Record<string, string> };

const MB = MAX_IMPORT_BYTES / 1024 / 1024;

/**
 * The largest body an import may post: the file and the form around it (the plan and the
 * multipart boundaries add a few kilobytes at most). The upload routes skip the proxy, which
 * would cut any body at 10 MB (proxy.ts, its matcher).
 */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;
const TOO_LARGE = `This file is larger than ${MB} MB: split it into smaller files.`;

export async function readImportRequest(request: Request): Promise<ImportRequest> {
  const announced = Number(request.headers.get("content-length") ?? "0");
  if (announced > MAX_IMPORT_REQUEST_BYTES) return { ok: false, status: 413, message: TOO_LARGE };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return {
      ok: false,
      status: 422,
      message: "Send a CSV file and the choice of columns as a form.",
    };
  }
  const file = form.get("file");
  if (!(file instanceof Blob) || file.size === 0)
    return {
      ok: false,
      status: 422,
      message: "Choose a CSV file to import.",
      fields: { file: "Choose a CSV file." },
    };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, status: 413, message: TOO_LARGE };

  let planJson: unknown;
  try {
    planJson = JSON.parse(String(form.get("plan") ?? ""));
  } catch {
    return { ok: false, status: 422, message: "Say which quantity and which columns to import." };
  }
  const plan = importPlan.safeParse(planJson);
  if (!plan.success) {
    const fields: Record<string, string> = {};
    for (const issue of plan.error.issues) fields[issue.path.join(".") || "plan"] ??= issue.message;
    return {
      ok: false,
      status: 422,
      message: Object.values(fields)[0] ?? "Some choices need attention.",
      fields,
    };
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return {
      ok: false,
      status: 422,
      message: "This file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”.",
      fields: { file: "Not UTF-8." },
    };
  }
  const fileName = "name" in file && typeof file.name === "string" ? file.name : "file.csv";
  return { ok: true, fileName, text, plan: plan.data };
}
