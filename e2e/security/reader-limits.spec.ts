// The public "Read a figure" tool on hostile input (docs/security.md, "Reading any text"): a text
// built to be slow is read at once, its answer is bounded, and one client asking again and again
// is told to wait while another client is still served.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { callAction } from "./support";

const READER = "app/actions/read-figures.ts#readFiguresAction";
const randomAddress = () => [203, ...randomBytes(3)].join(".");

test("a text of 20,000 characters built to be slow is read at once, its answer bounded", async ({ request }) => {
  const text = "1, 2, ".repeat(3_333);
  const started = Date.now();
  const answer = await callAction(
    request,
    READER,
    { form: { text, lang: "en" } },
    { "x-forwarded-for": randomAddress() },
  );
  const took = Date.now() - started;
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('"status":"read"');
  expect(answer.body).toContain('"total":6666');
  // 200 figures shown, each in a clipped sentence: tens of kilobytes, not megabytes.
  expect((answer.body.match(/"qualifier":/g) ?? []).length).toBe(200);
  expect(answer.body.length).toBeLessThan(200_000);
  expect(took).toBeLessThan(3_000);
});

test("one client reading again and again is told to wait; another client is still served", async ({ request }) => {
  const flooder = randomAddress();
  const form = { text: "At least 29 soldiers were killed.", lang: "en" };
  const statuses: string[] = [];
  for (let i = 0; i < 25; i++) {
    const answer = await callAction(request, READER, { form }, { "x-forwarded-for": flooder });
    expect(answer.status).toBe(200);
    statuses.push(/"status":"(\w+)"/.exec(answer.body)?.[1] ?? "none");
  }
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill("read"));
  expect(statuses.slice(20)).toEqual(Array(5).fill("limited"));

  const other = await callAction(request, READER, { form }, { "x-forwarded-for": randomAddress() });
  expect(other.body).toContain('"status":"read"');
});
