import { z } from "zod";

// The audit page's address: which list, filtered how, from where. Anything else in the address
// is ignored rather than refused: a stale bookmark still opens the page.
export const AUDIT_VIEWS = ["workflow", "sign-ins"] as const;
export const AUDIT_ENTITIES = ["claim", "story", "quantity", "source", "user"] as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const auditQuery = z.object({
  view: z.preprocess(first, z.enum(AUDIT_VIEWS).catch("workflow")).default("workflow"),
  entity: z.preprocess(first, z.enum(AUDIT_ENTITIES).optional().catch(undefined)),
  email: z
    .preprocess(first, z.string().trim().toLowerCase().max(320).optional().catch(undefined))
    .transform((e) => e || undefined),
  before: z.preprocess(
    first,
    z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
  ),
});

export type AuditQuery = z.infer<typeof auditQuery>;
