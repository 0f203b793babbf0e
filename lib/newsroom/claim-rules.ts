// The editor's rules about a claim that policy.ts does not hold: who sends a draft for review.
import type { Actor, ClaimForPolicy } from "@/lib/auth/policy";

/**
 * Only the author sends their draft to review: a reviewer may fix someone's draft, but sending
 * it on is the author's word that it is ready (and keeps four eyes between writing and approving).
 */
export function maySubmitClaim(actor: Pick<Actor, "id">, claim: ClaimForPolicy): boolean {
  return claim.status === "draft" && claim.authorId === actor.id;
}
