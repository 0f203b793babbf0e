import "server-only";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isAllowedReceiver, type AllowedHost } from "./allowed-hosts";
import { ipLiteral } from "./public-address";
import { hasNonPublicAddress, isRefusedReceiverUrl } from "./receiver-rules";

// One delivery attempt over the network, to a public receiver only (./public-address.ts says
// which addresses are public; WEBHOOK_ALLOWED_HOSTS, ./allowed-hosts.ts, names the exceptions).
// The receiver's name is resolved once, every address it has is checked, and the connection is
// made to the address checked: a second lookup at connect time could answer otherwise (DNS
// rebinding) and reach an address no check has seen. No redirect is followed: the status is
// returned as it is and the worker counts a 3xx as a failed attempt.

export interface DeliveryRequest {
  headers: Record<string, string>;
  body: string;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a name, as the system resolver gives them (dns.lookup, /etc/hosts included). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SendOptions {
  allowed: readonly AllowedHost[];
  timeoutMs: number;
  /** Tests stand in for DNS; the app uses dns.lookup with { all: true }. */
  resolve?: Resolve;
}

/** Nothing was sent: the receiver is not at a public address, or its name has no address. */
export class ReceiverRefused extends Error {
  constructor() {
    super("The receiver is not at a public address.");
    this.name = "ReceiverRefused";
  }
}

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true });

const unbracketed = (host: string) => host.replace(/^\[(.*)\]$/, "$1");

/** The one address the connection may use, checked; throws ReceiverRefused. */
async function checkedAddress(url: URL, options: SendOptions): Promise<ResolvedAddress> {
  const listed = isAllowedReceiver(url, options.allowed);
  if (!listed && isRefusedReceiverUrl(url, [])) throw new ReceiverRefused();
  const literal = ipLiteral(url.hostname);
  if (literal !== null) return { address: literal, family: literal.includes(":") ? 6 : 4 };
  let found: ResolvedAddress[];
  try {
    found = await (options.resolve ?? systemResolve)(unbracketed(url.hostname));
  } catch {
    throw new ReceiverRefused();
  }
  // Every address, not only the first: the system could connect to any of them.
  if (!listed && hasNonPublicAddress(found.map((a) => a.address))) throw new ReceiverRefused();
  const [first] = found;
  if (!first) throw new ReceiverRefused();
  return first;
}

/**
 * For registration, after the form's own check (lib/validation/webhooks.ts): true when the
 * receiver's name has no address, or any address that is not public. Checked again before
 * every attempt all the same: what a name points at can change after registration.
 */
export async function isNonPublicReceiver(
  target: string,
  options: Pick<SendOptions, "allowed" | "resolve">,
): Promise<boolean> {
  try {
    await checkedAddress(new URL(target), { ...options, timeoutMs: 0 });
    return false;
  } catch (error) {
    if (error instanceof ReceiverRefused) return true;
    throw error;
  }
}

/** A resolver that answers the checked address whatever the name: the connection is pinned to it. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
}

/**
 * POSTs the request to `target` and resolves to the receiver's status, its body unread (only the
 * status matters, and a large body would hold the worker). Rejects with ReceiverRefused when the
 * receiver is not public, or with the connection's error (refused, reset, timed out, TLS).
 */
export async function sendDelivery(
  target: string,
  request: DeliveryRequest,
  options: SendOptions,
): Promise<{ status: number }> {
  const url = new URL(target);
  const pinned = await checkedAddress(url, options);
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(
      {
        method: "POST",
        // The name, not the address: the Host header and the TLS certificate check use it.
        host: unbracketed(url.hostname),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        headers: {
          ...request.headers,
          "Content-Length": String(Buffer.byteLength(request.body, "utf8")),
        },
        lookup: pinnedLookup(pinned),
        // A connection of its own: a pooled one may have been opened to another address.
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        response.on("error", () => undefined);
        response.destroy();
        resolve({ status: response.statusCode ?? 0 });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}
