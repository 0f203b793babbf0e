import Link from "next/link";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { messagesFor } from "@/lib/i18n/server";
import styles from "./status-pages.module.css";

/** Every 404: an unknown address, and anything not published, which visitors must not learn exists. */
export default async function NotFound() {
  const t = (await messagesFor(PUBLIC_MESSAGES)).notFound;
  return (
    <section className={styles.notFound}>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <Link href="/">{t.home}</Link>
      </p>
    </section>
  );
}
