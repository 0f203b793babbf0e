import "server-only";
import { failure, success, type ActionResult } from "@/lib/auth/action-result";
import { generateApiToken, type ApiTokenScope } from "@/lib/auth/api-token";
import type { Role } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateApiTokenInput } from "@/lib/validation/api-tokens";
import { db } from "./db";
import { recordHistory } from "./history";
import { REFUSALS } from "@/lib/i18n/messages/refusals";

// API tokens: an admin makes one (its secret shown once, only its hash kept), lists them and
// revokes them. Every request through the API reads its token here afresh (no cache): a
// revocation, a disabled account or a changed role holds from the very next request.

/** A token as the admin's list shows it: never its hash. */
export interface ApiTokenListing {
  id: string;
  name: string;
  scope: ApiTokenScope;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { id: string; name: string };
  actingUser: { id: string; name: string; email: string; disabled: boolean };
}

const LISTING_FIELDS = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true } },
  actingUser: { select: { id: true, name: true, email: true, disabled: true } },
} as const;

/** What history keeps of a token: never the hash. */
const historyOf = (t: ApiTokenListing) => ({
  name: t.name,
  scope: t.scope,
  prefix: t.prefix,
  actingUserId: t.actingUser.id,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

/**
 * Makes a token acting as `actingUserId`, an account that must exist and be enabled. Answers the
 * whole token once; the database keeps its prefix and the hash of its secret.
 */
export async function createApiToken(
  adminId: string,
  input: CreateApiTokenInput,
): Promise<ActionResult<{ token: string; listing: ApiTokenListing }>> {
  return db.$transaction(async (tx) => {
    const acting = await tx.user.findUnique({
      where: { id: input.actingUserId },
      select: { disabled: true },
    });
    if (!acting || acting.disabled) {
      return failure("invalid", REFUSALS.en.fieldsNeedAttention, {
        fields: { actingUserId: REFUSALS.en.accountDisabled },
      });
    }
    const { token, prefix, secretHash } = generateApiToken();
    const listing = await tx.apiToken.create({
      data: {
        name: input.name,
        scope: input.scope,
        prefix,
        secretHash,
        createdById: adminId,
        actingUserId: input.actingUserId,
      },
      select: LISTING_FIELDS,
    });
    await recordHistory(tx, {
      entityType: "api_token",
      entityId: listing.id,
      action: "create",
      actorId: adminId,
      after: historyOf(listing),
    });
    return success({ token, listing });
  });
}

/** Every token, the live ones first, newest first. */
export async function listApiTokens(): Promise<ApiTokenListing[]> {
  const tokens = await db.apiToken.findMany({
    select: LISTING_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return [...tokens.filter((t) => !t.revokedAt), ...tokens.filter((t) => t.revokedAt)];
}

/** Revokes a token for good; revoking a revoked token changes nothing. */
export async function revokeApiToken(
  adminId: string,
  tokenId: string,
): Promise<ActionResult<{ listing: ApiTokenListing; changed: boolean }>> {
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id: tokenId }, select: LISTING_FIELDS });
    if (!before) return failure("not_found", REFUSALS.en.tokenNotFound);
    if (before.revokedAt) return success({ listing: before, changed: false });
    const after = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: new Date() },
      select: LISTING_FIELDS,
    });
    await recordHistory(tx, {
      entityType: "api_token",
      entityId: tokenId,
      action: "revoke",
      actorId: adminId,
      before: historyOf(before),
      after: historyOf(after),
    });
    return success({ listing: after, changed: true });
  });
}

/** A token as a request needs it: its hash to compare, its state, and its account as it is now. */
export interface TokenForRequest {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  secretHash: string;
  revokedAt: Date | null;
  actingUser: { id: string; name: string; email: string; role: Role; disabled: boolean };
}

/** The token with this prefix, read from the database on every request. */
export function tokenByPrefix(prefix: string): Promise<TokenForRequest | null> {
  return db.apiToken.findUnique({
    where: { prefix },
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      secretHash: true,
      revokedAt: true,
      actingUser: { select: { id: true, name: true, email: true, role: true, disabled: true } },
    },
  });
}

// Writing the time of every request would make each read a write; a minute is precise enough
// for "last used".
const LAST_USED_PRECISION_MS = 60_000;

/** Notes that a token was used, at most once a minute. */
export async function markTokenUsed(tokenId: string, now = new Date()): Promise<void> {
  await db.apiToken.updateMany({
    where: {
      id: tokenId,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
}

/**
 * Notes in the token's own history that it wrote a claim: the claim's history names the account
 * the token acts as, this entry names the token, so either leads to the other.
 */
export async function recordTokenWrite(
  token: Pick<TokenForRequest, "id" | "name" | "prefix" | "actingUser">,
  claimId: string,
  tx?: Prisma.TransactionClient,
): Promise<void> {
  const write = (client: Prisma.TransactionClient) =>
    recordHistory(client, {
      entityType: "api_token",
      entityId: token.id,
      action: "create_claim",
      actorId: token.actingUser.id,
      after: { claimId },
      reason: `Draft ${claimId} written through the API token “${token.name}” (ct_${token.prefix}_…)`,
    });
  await (tx ? write(tx) : db.$transaction(write));
}
