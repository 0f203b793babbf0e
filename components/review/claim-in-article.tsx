import { sentenceInArticle, type ArticleParagraph } from "@/lib/newsroom/review-article";
import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

function Paragraph({ paragraph }: { paragraph: ArticleParagraph }) {
  if (!paragraph.sentence) return <p>{paragraph.text}</p>;
  return (
    <p>
      {paragraph.sentence.before}
      <mark>{paragraph.sentence.highlight}</mark>
      {paragraph.sentence.after}
    </p>
  );
}

/**
 * The claim's sentence highlighted in the pasted article: the paragraphs around it first, the
 * whole article a click away. Without a pasted article, says so: the sentence alone is above.
 */
export async function ClaimInArticle({
  articleText,
  sentence,
  language,
}: {
  articleText: string | null;
  sentence: string;
  language: string;
}) {
  const t = (await messagesFor(REVIEW_MESSAGES)).claimInArticle;
  const found = articleText ? sentenceInArticle(articleText, sentence) : null;
  return (
    <section className={styles.section} aria-labelledby="article-heading">
      <h2 id="article-heading">{t.inItsArticle}</h2>
      {!articleText && <p className={styles.muted}>{t.noArticleTextWas}</p>}
      {articleText && !found && (
        <>
          <p className={styles.muted}>{t.theSentenceWasNot}</p>
          <div className={styles.article} lang={language}>
            {articleText
              .split(/\n+/)
              .filter((line) => line.trim())
              .map((line, index) => (
                <p key={index}>{line}</p>
              ))}
          </div>
        </>
      )}
      {found && (
        <>
          <div className={styles.article} lang={language}>
            {found.paragraphs.slice(Math.max(0, found.at - 1), found.at + 2).map((paragraph, index) => (
              <Paragraph key={index} paragraph={paragraph} />
            ))}
          </div>
          {found.paragraphs.length > 3 && (
            <details className={styles.wholeArticle}>
              <summary>{t.wholeArticle(found.paragraphs.length)}</summary>
              <div className={styles.article} lang={language}>
                {found.paragraphs.map((paragraph, index) => (
                  <Paragraph key={index} paragraph={paragraph} />
                ))}
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}
