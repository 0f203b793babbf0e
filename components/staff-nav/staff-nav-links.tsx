"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { StaffLink } from "./staff-links";
import styles from "./staff-nav.module.css";

/** The staff links, the current page marked for eyes and for screen readers. */
export function StaffNavLinks({ links }: { links: StaffLink[] }) {
  const pathname = usePathname();
  return (
    <ul className={styles.links}>
      {links.map((link) => {
        const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <li key={link.href}>
            <Link href={link.href} className={styles.link} aria-current={current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
