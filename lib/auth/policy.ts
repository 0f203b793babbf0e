// Who may do what: the role table of DESIGN.md as data, and the few rules that also look at the
// thing acted on. Pure: no session, no database, so every rule has a unit test.

export type Role = "editor" | "reviewer" | "admin";
export const ROLES: readonly Role[] = ["editor", "reviewer", "admin"];

/** Everything a signed-in person can ask the app to do. */
export type Permission =
  | "read_staff" // see drafts, claims in review, history, the dashboard
  | "write_newsroom" // create stories, quantities and sources; log and edit claims; submit
  | "review" // approve, reject, retract, rate
  | "manage_users"; // invite, disable, change roles

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  editor: ["read_staff", "write_newsroom"],
  reviewer: ["read_staff", "write_newsroom", "review"],
  admin: ["read_staff", "write_newsroom", "review", "manage_users"],
};

export function may(role: Role | null | undefined, permission: Permission): boolean {
  return role ? ROLE_PERMISSIONS[role].includes(permission) : false;
}

export interface Actor {
  id: string;
  role: Role;
}

export interface ClaimForPolicy {
  authorId: string;
  status: "draft" | "in_review" | "published" | "retracted";
  /**
   * Everyone who changed what the claim says (its text, figure, source, article...) since it
   * was last approved, from its history. Left out, only the author is known to have written it.
   */
  changedBy?: readonly string[];
}

/** Wrote the claim, or changed it since its last approval: their eyes are already on it. */
export function wroteOrChangedClaim(actor: Actor, claim: ClaimForPolicy): boolean {
  return claim.authorId === actor.id || (claim.changedBy ?? []).includes(actor.id);
}

/** An editor edits and submits their own drafts; a reviewer or admin may fix anyone's draft. */
export function mayEditClaim(actor: Actor, claim: ClaimForPolicy): boolean {
  if (claim.status !== "draft") return false;
  return claim.authorId === actor.id || may(actor.role, "review");
}

/**
 * A draft is deleted by its author, or by an admin tidying up; a reviewer may fix someone's draft
 * but not throw it away. Only a draft: a claim in review is withdrawn or rejected first, a
 * published one is retracted. The draft stays in the history either way.
 */
export function mayDeleteDraft(actor: Actor, claim: ClaimForPolicy): boolean {
  if (claim.status !== "draft") return false;
  return claim.authorId === actor.id || may(actor.role, "manage_users");
}

/** An import's drafts are discarded by whoever imported the file, or by an admin. */
export function mayDiscardImport(actor: Actor, job: { userId: string }): boolean {
  return job.userId === actor.id || may(actor.role, "manage_users");
}

/**
 * Four eyes: no one approves or rejects a claim they wrote or changed. A reviewer who turned an
 * editor's 29 into 77 is a second author of that 77, not its second pair of eyes.
 */
export function mayDecideClaim(actor: Actor, claim: ClaimForPolicy): boolean {
  return may(actor.role, "review") && claim.status === "in_review" && !wroteOrChangedClaim(actor, claim);
}

export function mayRetractClaim(actor: Actor, claim: ClaimForPolicy): boolean {
  return may(actor.role, "review") && claim.status === "published";
}

/** A rating is a reviewer's judgement of someone else's claim: not one they wrote or changed. */
export function mayRateClaim(actor: Actor, claim: ClaimForPolicy): boolean {
  return may(actor.role, "review") && !wroteOrChangedClaim(actor, claim) && claim.status !== "draft";
}

/** Admins manage others; no one disables or demotes themselves (a newsroom must keep an admin). */
export function mayManageUser(actor: Actor, targetUserId: string): boolean {
  return may(actor.role, "manage_users") && actor.id !== targetUserId;
}
