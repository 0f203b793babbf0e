import Link from "next/link";
import styles from "./public.module.css";

/**
 * A source's name, linked to its public page. Use it for the source that counted a published
 * claim (that claim gives the source its page); a source that only relayed figures has none.
 */
export function SourceLink({ source }: { source: { id: string; name: string } }) {
  return (
    <Link href={`/source/${source.id}`} className={styles.sourceName}>
      {source.name}
    </Link>
  );
}
