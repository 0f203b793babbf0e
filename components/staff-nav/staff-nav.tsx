import Link from "next/link";
import type { StaffMember } from "@/lib/data/users";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { STAFF_NAV_MESSAGES } from "@/lib/i18n/messages/staff/nav";
import { messagesFor } from "@/lib/i18n/server";
import { SignOutButton } from "./sign-out-button";
import { staffLinksFor } from "./staff-links";
import { StaffNavLinks } from "./staff-nav-links";
import styles from "./staff-nav.module.css";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

/** The bar under the masthead for someone signed in: their pages, who they are, sign out. */
export async function StaffNav({ member }: { member: StaffMember }) {
  const t = await messagesFor(STAFF_NAV_MESSAGES);
  const labels = await messagesFor(LABEL_MESSAGES);
  return (
    <nav className={styles.bar} aria-label={t.label}>
      <div className={`wrap ${styles.inner}`}>
        <StaffNavLinks links={staffLinksFor(member.role, t.links)} />
        <div className={styles.who}>
          <p className={styles.person}>
            <span className="visually-hidden">{t.signedInAs}</span>
            <span className={styles.name}>{member.name}</span>
            <span className={styles.role}>{labels.roles[member.role]}</span>
          </p>
          <SignOutButton />
        </div>
      </div>
    </nav>
  );
}

/** In the masthead when no one is signed in: the way in for staff. */
export async function SignInLink() {
  const { signIn } = (await messagesFor(PUBLIC_MESSAGES)).frame;
  return (
    <Link href="/sign-in" className={styles.signIn}>
      {signIn}
    </Link>
  );
}
