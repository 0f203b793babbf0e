// The staff bar under the masthead: the pages of a working day, who is signed in, sign out.
// English only for now: French comes with the French staff interface.
import { englishOnly } from "../../locale";

export const STAFF_NAV_MESSAGES = englishOnly({
  label: "Newsroom",
  signedInAs: "Signed in as ",
  signOut: "Sign out",
  signingOut: "Signing out…",
  links: {
    dashboard: "Dashboard",
    claims: "Claims",
    newClaim: "New claim",
    paste: "Paste an article",
    import: "Import CSV",
    stories: "Stories",
    sources: "Sources",
    review: "Review queue",
    users: "Users",
    audit: "Audit",
    webhooks: "Webhooks",
    tokens: "API tokens",
  },
});

export type StaffNavMessages = (typeof STAFF_NAV_MESSAGES)["en"];
