import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { webhookValidator } from "../lib/public/open-data/openapi-check";
import { verifyDelivery } from "../lib/webhooks/signature";
import { createQuantity, insertAtLeast, uniqueTag } from "./support/review-fixtures";
import { signInAs, type TestUserKey } from "./support/session";

// An admin registers a receiver running on this machine; a reviewer publishes, then retracts, a
// claim; the receiver fails each delivery twice with a 500 and accepts the third attempt. The
// server of this run retries after 0.3 s, then 0.9 s (WEBHOOK_RETRY_BASE_MS in scripts/e2e.mjs).
// The receiver is on 127.0.0.1, which the server allows only because playwright.config.ts names
// it in WEBHOOK_ALLOWED_HOSTS: any other local or private address is refused. Every body received
// is checked against the `webhooks` of the app's own OpenAPI document.

interface Received {
  deliveryId: string;
  event: string;
  timestamp: string;
  signature: string;
  body: string;
  answered: number;
}

/** A receiver that answers 500 to the first two attempts of each delivery and 200 to the next. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const deliveryId = String(request.headers["x-claimtracker-delivery"]);
      const earlier = received.filter((r) => r.deliveryId === deliveryId).length;
      const answered = earlier < 2 ? 500 : 200;
      received.push({
        deliveryId,
        event: String(request.headers["x-claimtracker-event"]),
        timestamp: String(request.headers["x-claimtracker-timestamp"]),
        signature: String(request.headers["x-claimtracker-signature"]),
        body,
        answered,
      });
      response.writeHead(answered, { "Content-Type": "text/plain" }).end(answered === 200 ? "ok" : "not yet");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/claim-tracker`, received };
}

/** Checks a received body against the app's OpenAPI document, as a receiver's developer would. */
function expectDocumented(document: Record<string, unknown>, attempt: Received | undefined) {
  const body = JSON.parse(attempt?.body ?? "{}") as Record<string, unknown>;
  const validate = webhookValidator(document, attempt?.event ?? "");
  expect(
    validate(body),
    `the ${attempt?.event} delivery against /api/v1/openapi.json: ${JSON.stringify(validate.errors, null, 1)}`,
  ).toBe(true);
}

async function pageAs(browser: Browser, who: TestUserKey): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, who);
  return page;
}

/** Every attempt the receiver got for this claim's `event`, in order. */
const attemptsFor = (received: Received[], claimId: string, event: string) =>
  received.filter(
    (r) => r.event === event && (JSON.parse(r.body) as { claim?: { id?: string } }).claim?.id === claimId,
  );

test("a receiver on this machine gets signed deliveries of a publication and a retraction, and the retries after it fails twice", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const receiver = await startReceiver();
  try {
    // The admin registers the receiver; the secret is shown once.
    const admin = await pageAs(browser, "admin");
    await admin.goto("/admin/webhooks");
    await expect(admin.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await admin.getByLabel("Receiver URL").fill("ftp://127.0.0.1/nope");
    await admin.getByRole("button", { name: "Register webhook" }).click();
    await expect(admin.getByLabel("Receiver URL")).toHaveAccessibleDescription(
      "Only http:// and https:// addresses can receive webhooks.",
    );
    // This machine's other services, a private network and the cloud's metadata address are refused.
    const port = new URL(receiver.url).port;
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.5:22/",
      `http://localhost:${port}/claim-tracker`,
      "http://[::ffff:127.0.0.1]:22/",
    ]) {
      await admin.getByLabel("Receiver URL").fill(url);
      await admin.getByRole("button", { name: "Register webhook" }).click();
      await expect(admin.getByLabel("Receiver URL"), url).toHaveAccessibleDescription(
        /^This address is on this machine or a private network/,
      );
    }
    await admin.getByLabel("Receiver URL").fill(receiver.url);
    await admin.getByRole("button", { name: "Register webhook" }).click();
    const secret = (await admin.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    await admin.reload();
    await expect(admin.getByTestId("webhook-secret")).toHaveCount(0);
    await expect(admin.getByRole("listitem", { name: `Webhook ${receiver.url}` })).toContainText("Nothing sent yet.");

    // A reviewer publishes a claim.
    const tag = uniqueTag();
    const quantity = await createQuantity(tag, { sources: { hatay: "Governor of Hatay" } });
    const claim = await insertAtLeast(quantity, "hatay", 29, {
      sentence: "At least 29 soldiers were killed, the governor said.",
    });
    const reviewer = await pageAs(browser, "reviewer");
    await reviewer.goto(`/review/${claim.id}`);
    await reviewer.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewer.getByRole("status")).toContainText("Approved: at least 29");

    // The receiver's answers to the claim's event: refused twice (500), then taken (200).
    const threeAttempts = (event: "published" | "retracted") =>
      expect
        .poll(() => attemptsFor(receiver.received, claim.id, event).map((r) => r.answered), { timeout: 20_000 })
        .toEqual([500, 500, 200]);

    // Three attempts of one delivery: 500, 500, then 200, each signed with the secret.
    await threeAttempts("published");
    const published = attemptsFor(receiver.received, claim.id, "published");
    const deliveryId = published[0]?.deliveryId ?? "";
    expect(new Set(published.map((r) => r.deliveryId))).toEqual(new Set([deliveryId]));
    for (const attempt of published) {
      expect(verifyDelivery(secret, attempt.timestamp, attempt.body, attempt.signature), "a valid HMAC signature").toBe(
        true,
      );
      expect(verifyDelivery("whsec_wrong", attempt.timestamp, attempt.body, attempt.signature)).toBe(false);
    }
    const document = (await (await admin.request.get("/api/v1/openapi.json")).json()) as Record<string, unknown>;
    for (const attempt of published) expectDocumented(document, attempt);
    expect(JSON.parse(published[2]?.body ?? "{}")).toMatchObject({
      claim: {
        id: claim.id,
        quote: "at least 29",
        low: 29,
        source: { name: `Governor of Hatay (${tag})` },
      },
      event: "published",
    });

    // The admin sees it delivered after three attempts.
    const row = admin.locator(`tr[data-delivery-id="${deliveryId}"]`);
    await expect(async () => {
      await admin.reload();
      await expect(row).toContainText("delivered");
    }).toPass({ timeout: 15_000 });
    await expect(row.getByRole("cell").nth(4)).toHaveText("3");
    await expect(row.getByRole("cell").nth(5)).toHaveText("200");

    // The retraction goes out too, with its reason and no figure.
    await reviewer.goto(`/review/${claim.id}`);
    await reviewer.getByRole("textbox", { name: "Reason" }).fill("The governor's office withdrew this figure.");
    await reviewer.getByRole("button", { name: "Retract this claim" }).click();
    await expect(reviewer.getByRole("status")).toContainText("Retracted: at least 29");
    await threeAttempts("retracted");
    const retraction = attemptsFor(receiver.received, claim.id, "retracted").at(-1);
    expect(
      verifyDelivery(secret, retraction?.timestamp ?? "", retraction?.body ?? "", retraction?.signature ?? ""),
    ).toBe(true);
    expectDocumented(document, retraction);
    const retracted = JSON.parse(retraction?.body ?? "{}");
    expect(retracted.claim).toMatchObject({
      id: claim.id,
      reason: "The governor's office withdrew this figure.",
    });
    expect(retraction?.body).not.toContain("at least 29");

    // The admin's test ping is documented too.
    await admin.reload();
    const hookItem = admin.getByRole("listitem", { name: `Webhook ${receiver.url}` });
    await hookItem.getByRole("button", { name: `Send a test ping to ${receiver.url}` }).click();
    await expect(hookItem.getByRole("status")).toContainText("Ping queued");
    await expect
      .poll(() => receiver.received.filter((r) => r.event === "ping").map((r) => r.answered), {
        timeout: 20_000,
      })
      .toEqual([500, 500, 200]);
    expectDocumented(document, receiver.received.filter((r) => r.event === "ping").at(-1));

    // Done: the admin deletes the webhook, so later tests' approvals are not sent to a closed port.
    const listed = admin.getByRole("listitem", { name: `Webhook ${receiver.url}` });
    await admin.reload();
    await expect(listed).toContainText("Last delivery:");
    admin.once("dialog", (dialog) => void dialog.accept());
    await listed.getByRole("button", { name: `Delete ${receiver.url}` }).click();
    await expect(listed).toHaveCount(0);
  } finally {
    receiver.server.close();
  }
});
