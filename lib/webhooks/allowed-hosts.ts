// WEBHOOK_ALLOWED_HOSTS: the receivers an operator allows although they are not public, such as a
// receiver on this machine in the browser tests, or the newsroom's own CMS on its private network.
// Comma-separated "host" or "host:port" entries: "127.0.0.1:4010,localhost,[::1]:8080". A host
// alone allows every port of it. The host is matched as written in the receiver's URL (after the
// URL parser's normalisation), never by what it resolves to, so allowing "cms.internal" does not
// allow another name that happens to point at the same address. Parsed here and only here.
//
// Pure, with no Node import, like ./public-address.ts.

import { environmentOf } from "@/lib/env";

type Environment = Record<string, string | undefined>;

export interface AllowedHost {
  /** As the URL parser writes a hostname: lower case, IPv6 in brackets. */
  host: string;
  /** null: any port. */
  port: number | null;
}

/** One entry, or null when it is not a host with an optional port. */
function parseEntry(entry: string): AllowedHost | null {
  if (/[/@?#\s]/.test(entry)) return null;
  let host: string;
  let port: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(entry);
  const plain = /^([^:[\]]+)(?::(\d{1,5}))?$/.exec(entry);
  if (bracketed) [host, port] = [`[${bracketed[1]}]`, bracketed[2]];
  else if (plain) [host, port] = [plain[1] ?? "", plain[2]];
  // A bare IPv6 address ("::1") has colons of its own: it names no port.
  else if (entry.split(":").length > 2) host = `[${entry}]`;
  else return null;
  const portNumber = port === undefined ? null : Number(port);
  if (portNumber !== null && (portNumber < 1 || portNumber > 65_535)) return null;
  try {
    return { host: new URL(`http://${host}/`).hostname, port: portNumber };
  } catch {
    return null;
  }
}

/** The entries of a WEBHOOK_ALLOWED_HOSTS value; an entry that is not a host is left out. */
export function parseAllowedHosts(value: string | undefined): AllowedHost[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseEntry)
    .filter((entry): entry is AllowedHost => entry !== null);
}

/** WEBHOOK_ALLOWED_HOSTS from the environment (lib/env.ts): empty, so nothing local is allowed, unless set. */
export function allowedHosts(source?: Environment): AllowedHost[] {
  return environmentOf(source).webhookAllowedHosts;
}

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/** True when the setting names this URL's host (and its port, when the entry gives one). */
export function isAllowedReceiver(url: URL, allowed: readonly AllowedHost[]): boolean {
  const port = url.port ? Number(url.port) : (DEFAULT_PORTS[url.protocol] ?? 0);
  const host = url.hostname.replace(/\.$/, "");
  return allowed.some(
    (entry) => entry.host.replace(/\.$/, "") === host && (entry.port === null || entry.port === port),
  );
}
