import Link from "next/link";
import { ReadFiguresForm } from "@/components/read-figures/read-figures-form";
import { latestPublicStories } from "@/lib/data/public-claims";

// Published figures change as reviewers approve them: render on each request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const stories = await latestPublicStories();
  return (
    <>
      <section className="intro" aria-labelledby="intro-heading">
        <h1 id="intro-heading">Every number, with who said it.</h1>
        <p className="lede">
          When a death toll, a budget or a crowd makes the news, sources rarely give the same
          number. Claim Tracker logs each figure a source reported, with its exact words, where it
          was published and when, and shows whether the figures agree, are compatible, were revised
          or conflict.
        </p>
        <figure className="example">
          <figcaption>Idlib, 27 February 2020: Turkish soldiers killed</figcaption>
          <dl className="example-claims">
            <div>
              <dt>Governor of Hatay</dt>
              <dd>
                <q>at least 29</q> <span className="example-interval">29 or more</span>
              </dd>
            </div>
            <div>
              <dt>Syrian Observatory for Human Rights</dt>
              <dd>
                <q>more than 30</q> <span className="example-interval">31 or more</span>
              </dd>
            </div>
          </dl>
          <p className="example-verdict">
            <strong>Compatible.</strong> The headline numbers differ, yet both allow 31 or more.
          </p>
        </figure>
      </section>

      {stories.length > 0 && (
        <section className="latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest stories</h2>
          <ul className="latest-stories">
            {stories.map((story) => (
              <li key={story.slug}>
                <Link href={`/story/${story.slug}`}>{story.title}</Link>
                <span className="latest-meta">{[story.date, story.place].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="reader" aria-labelledby="reader-heading">
        <h2 id="reader-heading">Read a figure</h2>
        <p className="reader-intro">
          Paste a sentence or an article. Each figure is shown in its sentence, with what its
          wording allows: &ldquo;more than 30&rdquo; means 31 or more.
        </p>
        <ReadFiguresForm />
      </section>
    </>
  );
}
