import type { ClaimUnderReview } from "@/lib/data/review";
import { quoteInSentence } from "@/lib/newsroom/review-article";
import { intervalInWords, kindInWords, qualifierInWords } from "@/lib/explain";
import { ClaimRatingBadge, ClaimStatus } from "./claim-status";
import { ReviewTime } from "./review-time";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

const SOURCE_KINDS: Record<ClaimUnderReview["source"]["kind"], string> = {
  government: "government",
  military: "military",
  ngo: "NGO",
  international_body: "international body",
  news_agency: "news agency",
  media: "media",
  witness: "witness",
  social_media: "social media",
};

function SourceLine({ source }: { source: ClaimUnderReview["source"] }) {
  const about = [SOURCE_KINDS[source.kind], source.country].filter(Boolean).join(", ");
  return (
    <>
      {source.name}
      {about && <span className={styles.muted}> ({about})</span>}
    </>
  );
}

/** Only http and https links are ever made clickable; anything else is shown as text. */
function SafeLink({ href }: { href: string }) {
  const safe = /^https?:\/\//i.test(href);
  return safe ? (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank" className={styles.url}>
      {href}
    </a>
  ) : (
    <span className={styles.url}>{href}</span>
  );
}

/** The claim itself: its figure, its sentence, who said it and where it appeared. */
export async function ClaimPanel({ claim }: { claim: ClaimUnderReview }) {
  const t = (await messagesFor(REVIEW_MESSAGES)).claimPanel;
  const inSentence = quoteInSentence(claim.sentence, claim.quote);
  return (
    <section className={styles.card} aria-labelledby="claim-heading">
      <div className={styles.badges}>
        <ClaimStatus status={claim.status} />
        <ClaimRatingBadge rating={claim.rating} />
      </div>
      <h2 id="claim-heading" className={styles.claimQuote}>
        <q>{claim.quote}</q>
        <span className={styles.allows}>{intervalInWords(claim)}</span>
      </h2>
      <p className={styles.figureWords}>
        {t.wordedAs}
        <strong>{qualifierInWords(claim.qualifier)}</strong>
        {t.a}
        {kindInWords(claim.kind)}
        {claim.unit && <> ({claim.unit})</>}
      </p>
      <blockquote className={styles.sentence} lang={claim.language}>
        {inSentence ? (
          <>
            {inSentence.before}
            <mark>{inSentence.highlight}</mark>
            {inSentence.after}
          </>
        ) : (
          claim.sentence
        )}
      </blockquote>

      <dl className={styles.facts}>
        <div>
          <dt>{t.source}</dt>
          <dd>
            <SourceLine source={claim.source} />
          </dd>
        </div>
        {claim.relayedBy && (
          <div>
            <dt>{t.relayedBy}</dt>
            <dd>
              <SourceLine source={claim.relayedBy} />
              <span className={styles.hint}>{t.notAnIndependentCount}</span>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.reported}</dt>
          <dd>
            <ReviewTime at={claim.reportedAt} />
          </dd>
        </div>
        {(claim.publisher || claim.headline || claim.publishedAt) && (
          <div>
            <dt>{t.publishedIn}</dt>
            <dd>
              {[claim.publisher, claim.headline && `“${claim.headline}”`].filter(Boolean).join(": ")}
              {claim.publishedAt && (
                <>
                  {claim.publisher || claim.headline ? ", " : ""}
                  <ReviewTime at={claim.publishedAt} />
                </>
              )}
            </dd>
          </div>
        )}
        {claim.articleUrl && (
          <div>
            <dt>{t.article}</dt>
            <dd>
              <SafeLink href={claim.articleUrl} />
            </dd>
          </div>
        )}
        {claim.archiveUrl && (
          <div>
            <dt>{t.archivedCopy}</dt>
            <dd>
              <SafeLink href={claim.archiveUrl} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t.writtenBy}</dt>
          <dd>
            {claim.author.name}
            {claim.submittedAt && (
              <span className={styles.muted}>
                {t.submitted}
                <ReviewTime at={claim.submittedAt} />
              </span>
            )}
          </dd>
        </div>
        {claim.reviewer && claim.reviewedAt && (
          <div>
            <dt>{t.reviewedBy}</dt>
            <dd>
              {claim.reviewer.name}
              <span className={styles.muted}>
                , <ReviewTime at={claim.reviewedAt} />
              </span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
