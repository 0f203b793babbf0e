import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseAllowedHosts } from "./allowed-hosts";
import { isNonPublicReceiver, ReceiverRefused, sendDelivery, type Resolve } from "./send-delivery";

const request = {
  headers: { "Content-Type": "application/json", "X-ClaimTracker-Event": "ping" },
  body: '{"event":"ping"}',
};

interface Receiver {
  port: number;
  received: { headers: IncomingHttpHeaders; body: string }[];
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A receiver on 127.0.0.1 answering `status` (and `headers`) to every POST. */
async function receiver(status = 204, headers: Record<string, string> = {}): Promise<Receiver> {
  const received: Receiver["received"] = [];
  const server = createServer((incoming, response) => {
    let body = "";
    incoming.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    incoming.on("end", () => {
      received.push({ headers: incoming.headers, body });
      response.writeHead(status, headers).end("the receiver's own words");
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, received };
}

const none = parseAllowedHosts(undefined);
const send = (url: string, allowed = none, resolve?: Resolve, timeoutMs = 2_000) =>
  sendDelivery(url, request, { allowed, resolve, timeoutMs });

describe("sending a delivery", () => {
  it("never connects to this machine, a private network or the metadata address unless allowed", async () => {
    const local = await receiver();
    for (const url of [
      `http://127.0.0.1:${local.port}/hook`,
      `http://localhost:${local.port}/hook`,
      `http://[::ffff:127.0.0.1]:${local.port}/hook`,
      `http://0.0.0.0:${local.port}/hook`,
      `http://2130706433:${local.port}/hook`,
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.5:22/",
      "http://[fd00::1]/",
    ]) {
      await expect(send(url), url).rejects.toBeInstanceOf(ReceiverRefused);
    }
    expect(local.received).toEqual([]);
  });

  it("refuses a name if any of its addresses is not public, not only the first, and a name with no address", async () => {
    const resolve = vi.fn<Resolve>(async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.5", family: 4 },
    ]);
    await expect(send("https://hooks.example.org/in", none, resolve)).rejects.toBeInstanceOf(ReceiverRefused);
    expect(resolve).toHaveBeenCalledWith("hooks.example.org");
    await expect(send("https://nowhere.example.org/in", none, async () => [])).rejects.toBeInstanceOf(ReceiverRefused);
    await expect(
      send("https://unknown.example.org/in", none, async () => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
      }),
    ).rejects.toBeInstanceOf(ReceiverRefused);
  });

  it("posts to an allowed local receiver, with its headers, body and Host", async () => {
    const local = await receiver(204);
    const result = await send(`http://127.0.0.1:${local.port}/hook?x=1`, parseAllowedHosts(`127.0.0.1:${local.port}`));
    expect(result).toEqual({ status: 204 });
    expect(local.received).toHaveLength(1);
    expect(local.received[0]?.body).toBe('{"event":"ping"}');
    expect(local.received[0]?.headers).toMatchObject({
      host: `127.0.0.1:${local.port}`,
      "x-claimtracker-event": "ping",
      "content-length": "16",
    });
  });

  it("connects to the address it checked, not to what a second lookup would say (DNS rebinding)", async () => {
    const local = await receiver(200);
    // The first answer is the one checked and used; any later one would point elsewhere.
    let lookups = 0;
    const rebinding: Resolve = async () =>
      lookups++ === 0 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "10.9.9.9", family: 4 }];
    const result = await send(`http://receiver.test:${local.port}/hook`, parseAllowedHosts("receiver.test"), rebinding);
    expect(result).toEqual({ status: 200 });
    expect(lookups).toBe(1);
    // The Host header still names the receiver: a virtual host or TLS check sees its own name.
    expect(local.received[0]?.headers.host).toBe(`receiver.test:${local.port}`);
  });

  it("does not let a name that was public at the check reach this machine at connect time", async () => {
    const local = await receiver(200);
    let lookups = 0;
    // Public at the check (an address this machine cannot reach), this machine afterwards.
    const publicThenLocal: Resolve = async () =>
      lookups++ === 0 ? [{ address: "203.0.114.1", family: 4 }] : [{ address: "127.0.0.1", family: 4 }];
    const sent = send(`http://rebind.example.org:${local.port}/hook`, none, publicThenLocal, 500);
    await expect(sent).rejects.toThrow();
    await expect(sent).rejects.not.toBeInstanceOf(ReceiverRefused);
    expect(lookups).toBe(1);
    expect(local.received).toEqual([]);
  });

  it("follows no redirect: a 3xx is returned as it is and its Location is not visited", async () => {
    const elsewhere = await receiver(200);
    const redirecting = await receiver(307, {
      Location: `http://127.0.0.1:${elsewhere.port}/stolen`,
    });
    const allowed = parseAllowedHosts("127.0.0.1");
    expect(await send(`http://127.0.0.1:${redirecting.port}/hook`, allowed)).toEqual({
      status: 307,
    });
    expect(redirecting.received).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
  });

  it("answers the registration's question with the same rule, without sending anything", async () => {
    const resolveTo =
      (address: string): Resolve =>
      async () => [{ address, family: 4 }];
    expect(
      await isNonPublicReceiver("https://hooks.example.org/in", {
        allowed: none,
        resolve: resolveTo("93.184.216.34"),
      }),
    ).toBe(false);
    expect(
      await isNonPublicReceiver("https://metadata.example.org/", {
        allowed: none,
        resolve: resolveTo("169.254.169.254"),
      }),
    ).toBe(true);
    expect(
      await isNonPublicReceiver("https://cms.internal/", {
        allowed: parseAllowedHosts("cms.internal"),
        resolve: resolveTo("10.1.2.3"),
      }),
    ).toBe(false);
  });
});
