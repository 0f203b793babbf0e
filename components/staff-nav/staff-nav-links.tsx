"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { StaffLink } from "./staff-links";
import styles from "./staff-nav.module.css";

/** The staff links, the current page marked for eyes and for screen readers. */
export function StaffNavLinks({ links }: { links: StaffLink[] }) {
  const pathname = usePathname();
  // The most precise link that holds this page: /claims/new is "New claim", not "Claims".
  const within = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const current = links.filter((link) => within(link.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <ul className={styles.links}>
      {links.map((link) => {
        return (
          <li key={link.href}>
            <Link href={link.href} className={styles.link} aria-current={link === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
