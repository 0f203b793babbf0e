import { expect, test } from "@playwright/test";
import { createQuantity, insertClaim, uniqueTag } from "./support/review-fixtures";
import { signInAs } from "./support/session";

// The claim exports: the newsroom's (every status, signed in) and the public one (published
// only), filtered like the lists they come from. Plain HTTP, so one run is enough.
test.skip(({ isMobile }) => isMobile, "one run is enough: downloads do not depend on the screen");

type Status = "draft" | "in_review" | "published" | "retracted";

async function quantityWithOneClaimPerStatus() {
  const tag = uniqueTag();
  const quantity = await createQuantity(tag, {
    sources: { hatay: "Governor of Hatay", osdh: "OSDH" },
  });
  const ids = {} as Record<Status, string>;
  for (const [i, status] of (["draft", "in_review", "published", "retracted"] as const).entries()) {
    const claim = await insertClaim({
      quantityId: quantity.quantityId,
      sourceId: quantity.sources.hatay as string,
      author: "editor",
      quote: `${status} figure ${tag}`,
      low: 29 + i,
      high: 29 + i,
      qualifier: "exact",
      sentence: `${29 + i} soldiers were killed.`,
      reportedAt: new Date(Date.UTC(2020, 1, 27, 20 + i)),
      status,
    });
    ids[status] = claim.id;
  }
  // A published quote a spreadsheet would run as a formula.
  const formula = await insertClaim({
    quantityId: quantity.quantityId,
    sourceId: quantity.sources.osdh as string,
    author: "editor2",
    quote: '=HYPERLINK("http://evil.example")',
    low: 30,
    high: 30,
    qualifier: "exact",
    sentence: "30 soldiers were killed.",
    reportedAt: new Date(Date.UTC(2020, 1, 28)),
    status: "published",
  });
  return { quantityId: quantity.quantityId, ids, formula: formula.id };
}

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

test("staff export every status of a filtered claim list, as CSV and JSON; visitors may not", async ({
  page,
  request,
}) => {
  const { quantityId, ids, formula } = await quantityWithOneClaimPerStatus();

  const refused = await request.get(`/claims/export.csv?quantity=${quantityId}`);
  expect(refused.status()).toBe(401);

  await signInAs(page, "editor");
  const csv = await page.request.get(`/claims/export.csv?quantity=${quantityId}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="claims-staff.csv"');
  const [header, ...rows] = csvRows(await csv.text());
  expect(header?.startsWith("claim_id,status,rating,")).toBe(true);
  expect(rows.map((r) => r.split(",")[0]).sort()).toEqual([...Object.values(ids), formula].sort());
  expect(rows.find((r) => r.startsWith(ids.draft))).toContain(",draft,");

  const drafts = await page.request.get(`/claims/export.json?quantity=${quantityId}&status=draft`);
  const items = (await drafts.json()) as { id: string; status: string; author: { name: string } }[];
  expect(items.map((c) => [c.id, c.status])).toEqual([[ids.draft, "draft"]]);

  const mistake = await page.request.get(`/claims/export.csv?status=lost`);
  expect(mistake.status()).toBe(422);
  expect((await mistake.json()).error.message).toBe('"status" must be one of draft, in_review, published, retracted.');
});

test("anyone exports the published claims of a filtered list, the same as the API gives them, and nothing else", async ({
  request,
}) => {
  const { quantityId, ids, formula } = await quantityWithOneClaimPerStatus();

  const json = await request.get(`/api/v1/claims/export.json?quantity=${quantityId}`);
  expect(json.status()).toBe(200);
  expect(json.headers()["access-control-allow-origin"]).toBe("*");
  const exported = (await json.json()) as { id: string }[];
  expect(exported.map((c) => c.id).sort()).toEqual([ids.published, formula].sort());
  // Each item is the claim exactly as the API's list gives it.
  const listed = (await (await request.get(`/api/v1/claims?quantity=${quantityId}`)).json()) as {
    data: { id: string }[];
  };
  const byId = (claims: { id: string }[]) => [...claims].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(exported)).toEqual(byId(listed.data));

  const csv = await request.get(`/api/v1/claims/export.csv?quantity=${quantityId}`);
  const text = await csv.text();
  const [header, ...rows] = csvRows(text);
  expect(header).toBe(
    "story,claim_id,quantity,source,relayed_by,reported_at,qualifier,value,low,high,unit,quote,language,article_url,comparison_status,rating,rating_explanation,permalink",
  );
  expect(rows).toHaveLength(2);
  for (const hidden of [ids.draft, ids.in_review, ids.retracted]) expect(text).not.toContain(hidden);
  expect(text).not.toContain("draft figure");
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);

  // Asked again with its ETag, the same edition answers 304 without a body.
  const again = await request.get(`/api/v1/claims/export.csv?quantity=${quantityId}`, {
    headers: { "If-None-Match": csv.headers().etag ?? "" },
  });
  expect(again.status()).toBe(304);

  const mistake = await request.get(`/api/v1/claims/export.csv?limit=5`);
  expect(mistake.status()).toBe(400);
  expect((await mistake.json()).error).toMatchObject({ code: "invalid_parameter" });
});
