import Link from "next/link";
import type { StaffMember } from "@/lib/data/users";
import { ROLE_LABELS } from "@/lib/validation/users";
import { SignOutButton } from "./sign-out-button";
import { staffLinksFor } from "./staff-links";
import { StaffNavLinks } from "./staff-nav-links";
import styles from "./staff-nav.module.css";

/** The bar under the masthead for someone signed in: their pages, who they are, sign out. */
export function StaffNav({ member }: { member: StaffMember }) {
  return (
    <nav className={styles.bar} aria-label="Newsroom">
      <div className={`wrap ${styles.inner}`}>
        <StaffNavLinks links={staffLinksFor(member.role)} />
        <div className={styles.who}>
          <p className={styles.person}>
            <span className="visually-hidden">Signed in as </span>
            <span className={styles.name}>{member.name}</span>
            <span className={styles.role}>{ROLE_LABELS[member.role]}</span>
          </p>
          <SignOutButton />
        </div>
      </div>
    </nav>
  );
}

/** In the masthead when no one is signed in: the way in for staff. */
export function SignInLink({ label = "Sign in" }: { label?: string }) {
  return (
    <Link href="/sign-in" className={styles.signIn}>
      {label}
    </Link>
  );
}
