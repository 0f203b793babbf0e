import { may, type Permission, type Role } from "@/lib/auth/policy";

export interface StaffLink {
  href: string;
  label: string;
}

// The pages of a working day: mine, new work, the newsroom's shared lists, then the
// reviewer's and the admin's.
const LINKS: readonly (StaffLink & { permission: Permission })[] = [
  { href: "/dashboard", label: "Dashboard", permission: "read_staff" },
  { href: "/claims/new", label: "New claim", permission: "write_newsroom" },
  { href: "/claims/paste", label: "Paste an article", permission: "write_newsroom" },
  { href: "/claims/import", label: "Import CSV", permission: "write_newsroom" },
  { href: "/stories", label: "Stories", permission: "read_staff" },
  { href: "/sources", label: "Sources", permission: "read_staff" },
  { href: "/review", label: "Review queue", permission: "review" },
  { href: "/admin/users", label: "Users", permission: "manage_users" },
  { href: "/admin/audit", label: "Audit", permission: "manage_users" },
  { href: "/admin/webhooks", label: "Webhooks", permission: "manage_users" },
  { href: "/admin/tokens", label: "API tokens", permission: "manage_users" },
];

/** The links a role sees; the pages themselves still check (hiding is a convenience). */
export function staffLinksFor(role: Role): StaffLink[] {
  return LINKS.filter((link) => may(role, link.permission)).map(({ href, label }) => ({
    href,
    label,
  }));
}
