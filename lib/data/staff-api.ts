import "server-only";
import type { ClaimStatus, Prisma } from "@/lib/generated/prisma/client";
import { db } from "./db";
import { PUBLIC_CLAIM_FIELDS } from "./public-claims";

// The staff read endpoint of the API (GET /api/v1/staff/claims): every claim, whatever its
// status, for a token or a signed-in member of staff. Never through the public cache, never
// reachable without one of the two (lib/auth/run-token-route.ts).

const STAFF_API_CLAIM_FIELDS = {
  ...PUBLIC_CLAIM_FIELDS,
  status: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  quantity: { select: { id: true, label: true, story: { select: { slug: true, title: true } } } },
} satisfies Prisma.ClaimSelect;

export type StaffApiClaimRow = Prisma.ClaimGetPayload<{ select: typeof STAFF_API_CLAIM_FIELDS }>;

/** Where a page starts: after the claim changed at this time with this id (latest change first). */
export interface StaffClaimKey {
  updatedAt: Date;
  id: string;
}

export async function staffClaims(input: {
  limit: number;
  after: StaffClaimKey | null;
  status: ClaimStatus | null;
  quantityId: string | null;
}): Promise<{ rows: StaffApiClaimRow[]; hasMore: boolean }> {
  const { limit, after, status, quantityId } = input;
  const rows = await db.claim.findMany({
    where: {
      AND: [
        status !== null ? { status } : {},
        quantityId !== null ? { quantityId } : {},
        after
          ? {
              OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }],
            }
          : {},
      ],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: STAFF_API_CLAIM_FIELDS,
  });
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}
