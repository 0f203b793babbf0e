import { sentenceInArticle, type ArticleParagraph } from "@/lib/newsroom/review-article";
import styles from "./review.module.css";

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
export function ClaimInArticle({
  articleText,
  sentence,
  language,
}: {
  articleText: string | null;
  sentence: string;
  language: string;
}) {
  const found = articleText ? sentenceInArticle(articleText, sentence) : null;
  return (
    <section className={styles.section} aria-labelledby="article-heading">
      <h2 id="article-heading">In its article</h2>
      {!articleText && (
        <p className={styles.muted}>
          No article text was pasted with this claim: the sentence above is the whole record.
        </p>
      )}
      {articleText && !found && (
        <>
          <p className={styles.muted}>
            The sentence was not found word for word in the pasted article. The article as pasted:
          </p>
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
              <summary>The whole article ({found.paragraphs.length} paragraphs)</summary>
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
