import { may, type Permission, type Role } from "@/lib/auth/policy";
import type { StaffNavMessages } from "@/lib/i18n/messages/staff/nav";

export interface StaffLink {
  href: string;
  label: string;
}

// The pages of a working day: mine, new work, the newsroom's shared lists, then the
// reviewer's and the admin's.
const LINKS: readonly { href: string; label: keyof StaffNavMessages["links"]; permission: Permission }[] = [
  { href: "/dashboard", label: "dashboard", permission: "read_staff" },
  { href: "/claims", label: "claims", permission: "read_staff" },
  { href: "/claims/new", label: "newClaim", permission: "write_newsroom" },
  { href: "/claims/paste", label: "paste", permission: "write_newsroom" },
  { href: "/claims/import", label: "import", permission: "write_newsroom" },
  { href: "/stories", label: "stories", permission: "read_staff" },
  { href: "/sources", label: "sources", permission: "read_staff" },
  { href: "/review", label: "review", permission: "review" },
  { href: "/admin/users", label: "users", permission: "manage_users" },
  { href: "/admin/audit", label: "audit", permission: "manage_users" },
  { href: "/admin/webhooks", label: "webhooks", permission: "manage_users" },
  { href: "/admin/tokens", label: "tokens", permission: "manage_users" },
];

/** The links a role sees, in words; the pages themselves still check (hiding is a convenience). */
export function staffLinksFor(role: Role, words: StaffNavMessages["links"]): StaffLink[] {
  return LINKS.filter((link) => may(role, link.permission)).map(({ href, label }) => ({
    href,
    label: words[label],
  }));
}
