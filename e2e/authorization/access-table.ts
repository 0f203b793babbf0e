// Who may call each server action and route handler: the role table of DESIGN.md, entry point
// by entry point. The authorization test fails when the build has an entry point missing here,
// so a new action cannot ship without someone deciding who may call it.
import type { Permission } from "../../lib/auth/policy";

export type Access = "public" | Permission;

export const SERVER_ACTIONS: Record<string, Access> = {
  "app/actions/read-figures.ts#readFiguresAction": "public",
  "app/admin/users/actions.ts#inviteUserAction": "manage_users",
  "app/admin/users/actions.ts#changeUserRoleAction": "manage_users",
  "app/admin/users/actions.ts#disableUserAction": "manage_users",
  "app/admin/users/actions.ts#enableUserAction": "manage_users",
  "app/admin/webhooks/actions.ts#registerWebhookAction": "manage_users",
  "app/admin/webhooks/actions.ts#setWebhookActiveAction": "manage_users",
  "app/admin/webhooks/actions.ts#deleteWebhookAction": "manage_users",
  "app/admin/webhooks/actions.ts#pingWebhookAction": "manage_users",
  "app/claims/actions.ts#createDraftAction": "write_newsroom",
  "app/claims/actions.ts#updateDraftAction": "write_newsroom",
  "app/claims/actions.ts#submitClaimAction": "write_newsroom",
  "app/claims/actions.ts#saveArticleDraftsAction": "write_newsroom",
  "app/claims/delete-actions.ts#deleteDraftAction": "write_newsroom",
  "app/claims/delete-actions.ts#discardImportAction": "write_newsroom",
  "app/claims/bulk-actions.ts#bulkSubmitAction": "write_newsroom",
  "app/claims/bulk-actions.ts#bulkDeleteDraftsAction": "write_newsroom",
  "app/claims/bulk-actions.ts#previewApprovalAction": "review",
  "app/claims/bulk-actions.ts#bulkApproveAction": "review",
  "app/claims/bulk-actions.ts#saveFilterAction": "read_staff",
  "app/claims/bulk-actions.ts#deleteSavedFilterAction": "read_staff",
  "app/stories/actions.ts#createStoryAction": "write_newsroom",
  "app/stories/actions.ts#createQuantityAction": "write_newsroom",
  "app/sources/actions.ts#createSourceAction": "write_newsroom",
  "app/sources/actions.ts#mergeSourcesAction": "review",
  "app/review/actions.ts#approveClaimAction": "review",
  "app/review/actions.ts#rejectClaimAction": "review",
  "app/review/actions.ts#retractClaimAction": "review",
  "app/review/actions.ts#rateClaimAction": "review",
  "app/admin/tokens/actions.ts#createApiTokenAction": "manage_users",
  "app/admin/tokens/actions.ts#revokeApiTokenAction": "manage_users",
};

export const ROUTE_HANDLERS: Record<string, Access> = {
  "app/api/staff/quantities/route": "read_staff",
  "app/api/staff/sources/route": "read_staff",
  // Claim exports: the staff's (every status) and the public one (published only), streamed.
  "app/claims/export.csv/route": "read_staff",
  "app/claims/export.json/route": "read_staff",
  "app/api/v1/claims/export.csv/route": "public",
  "app/api/v1/claims/export.json/route": "public",
  // CSV import: check a file, start an import, follow its progress (the author's own jobs only).
  "app/claims/import/check/route": "write_newsroom",
  "app/claims/import/jobs/route": "write_newsroom",
  "app/claims/import/jobs/[id]/route": "write_newsroom",
  // The language switch: sets the reader's language cookie.
  "app/language/route": "public",
  // Open data: read-only, published claims only, for anyone.
  "app/api/v1/stories/route": "public",
  "app/api/v1/stories/[slug]/route": "public",
  "app/api/v1/quantities/[id]/route": "public",
  "app/api/v1/claims/route": "public",
  "app/api/v1/claims/[id]/route": "public",
  "app/api/v1/sources/route": "public",
  "app/api/v1/sources/[id]/route": "public",
  "app/api/v1/openapi.json/route": "public",
  "app/feed.atom/route": "public",
  // What crawlers read: only public pages are listed (app/sitemap.ts, app/robots.ts).
  "app/sitemap.xml/route": "public",
  "app/robots.txt/route": "public",
  // The staff read endpoint of the API: an API token, or a staff session.
  "app/api/v1/staff/claims/route": "read_staff",
  "app/story/[slug]/claims.csv/route": "public",
};
