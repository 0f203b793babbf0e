import { describe, expect, it } from "vitest";
import {
  claimReviewJsonLd,
  jsonLdText,
  oneLine,
  unratedVerdict,
  type ClaimReviewOptions,
  type ReviewedClaim,
} from "./claim-review";
import { AT_LEAST_29 } from "@/tests/figures/at-least-29";

const claim = (over: Partial<ReviewedClaim> = {}): ReviewedClaim => ({
  id: "c1",
  quote: "Au moins 29",
  sentence: "Au moins 29 soldats turcs ont été tués, a annoncé le gouverneur de Hatay.",
  reportedAt: new Date("2020-02-27T22:00:00Z"),
  rating: "confirmed",
  ratingExplanation: null,
  ...AT_LEAST_29,
  articleUrl: "https://news.example/idlib",
  headline: "Idlib : au moins 29 soldats turcs tués",
  publisher: "Le Registre",
  publishedAt: new Date("2020-02-27T22:40:00Z"),
  source: { name: "Governor of Hatay province", kind: "government" },
  ...over,
});

const options: ClaimReviewOptions = {
  url: "https://claims.example/claim/c1",
  origin: "https://claims.example",
  datePublished: new Date("2020-02-28T08:00:00Z"),
  comparison: { status: "consistent", standing: "current", currentCount: 2 },
};

/** Each rating, its number of 4 and its words in English and in French. */
const RATINGS = [
  ["false", 1, "False", "Faux"],
  ["misleading", 2, "Misleading", "Trompeur"],
  ["disputed", 3, "Disputed", "Contesté"],
  ["confirmed", 4, "Confirmed", "Confirmé"],
] as const;

describe("ClaimReview JSON-LD", () => {
  it("has every property Google requires and recommends for a ClaimReview", () => {
    const review = claimReviewJsonLd(claim(), options);
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://claims.example/claim/c1",
      datePublished: "2020-02-28T08:00:00.000Z",
      author: { "@type": "Organization", name: "Claim Tracker", url: "https://claims.example" },
      claimReviewed: "Au moins 29 soldats turcs ont été tués, a annoncé le gouverneur de Hatay.",
      reviewRating: {
        "@type": "Rating",
        ratingValue: 4,
        bestRating: 4,
        worstRating: 1,
        alternateName: "Confirmed",
      },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Governor of Hatay province" },
        datePublished: "2020-02-27T22:00:00.000Z",
        appearance: {
          "@type": "CreativeWork",
          url: "https://news.example/idlib",
          headline: "Idlib : au moins 29 soldats turcs tués",
          datePublished: "2020-02-27T22:40:00.000Z",
          publisher: { "@type": "Organization", name: "Le Registre" },
        },
      },
    });
  });

  it.each(RATINGS.map(([rating, value, english]) => [rating, value, english] as const))(
    "rates a %s claim %i of 4, in words %s",
    (rating, value, words) => {
      const { reviewRating } = claimReviewJsonLd(claim({ rating }), options);
      expect(reviewRating).toMatchObject({ ratingValue: value, alternateName: words });
      expect(value).toBeGreaterThanOrEqual((reviewRating as { worstRating: number }).worstRating);
      expect(value).toBeLessThanOrEqual((reviewRating as { bestRating: number }).bestRating);
    },
  );

  it("gives the reviewer's reason as ratingExplanation, word for word as the page prints it", () => {
    const reason = "The Turkish defence ministry's own count, released the same night, says 33.";
    const { reviewRating } = claimReviewJsonLd(claim({ rating: "disputed", ratingExplanation: reason }), options, "fr");
    expect(reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 3,
      bestRating: 4,
      worstRating: 1,
      alternateName: "Contesté",
      ratingExplanation: reason,
    });
    // Without a reason (a rating given before reasons were asked for) the property is left out, never empty.
    expect(claimReviewJsonLd(claim({ rating: "disputed" }), options).reviewRating).not.toHaveProperty(
      "ratingExplanation",
    );
  });

  it("gives an unrated claim no number, only what the comparison with other sources shows", () => {
    const { reviewRating } = claimReviewJsonLd(claim({ rating: "unverified" }), options);
    expect(reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Not rated: the sources' figures are compatible",
    });
    expect(unratedVerdict({ status: "conflict", standing: "current", currentCount: 2 })).toBe(
      "Not rated: the sources' figures conflict",
    );
    expect(unratedVerdict({ status: "agree", standing: "current", currentCount: 1 })).toBe(
      "Not rated: the only figure given so far",
    );
    expect(unratedVerdict({ status: "revised", standing: "superseded", currentCount: 3 })).toBe(
      "Not rated: the source later gave another figure",
    );
  });

  it.each(RATINGS.map(([rating, value, , french]) => [rating, value, french] as const))(
    "on a French page, rates a %s claim %i of 4, in French words: %s",
    (rating, value, words) => {
      const { reviewRating } = claimReviewJsonLd(claim({ rating }), options, "fr");
      expect(reviewRating).toEqual({
        "@type": "Rating",
        ratingValue: value,
        bestRating: 4,
        worstRating: 1,
        alternateName: words,
      });
    },
  );

  it("says an unrated claim's comparison in French on a French page, and still gives it no number", () => {
    const { reviewRating } = claimReviewJsonLd(claim({ rating: "unverified" }), options, "fr");
    expect(reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Non évalué\u00a0: les chiffres des sources sont compatibles",
    });
    expect(unratedVerdict({ status: "conflict", standing: "current", currentCount: 2 }, "fr")).toBe(
      "Non évalué\u00a0: les chiffres des sources se contredisent",
    );
    expect(unratedVerdict({ status: "revised", standing: "superseded", currentCount: 3 }, "fr")).toBe(
      "Non évalué\u00a0: la source a ensuite donné un autre chiffre",
    );
  });

  it("gives the claim reviewed on one line: line breaks and runs of spaces become one space", () => {
    const sentence = "  Au moins 29 soldats\r\nturcs ont été   tués,\n\n\ta annoncé\u2028le gouverneur\u00a0: Hatay.  ";
    const { claimReviewed } = claimReviewJsonLd(claim({ sentence }), options);
    expect(claimReviewed).toBe("Au moins 29 soldats turcs ont été tués, a annoncé le gouverneur\u00a0: Hatay.");
    expect(claimReviewed).not.toMatch(/[\r\n\t\u2028]|\s{2}/);
    expect(oneLine("\n\n")).toBe("");
    expect(claimReviewJsonLd(claim({ sentence: " \n ", quote: "at\nleast 29" }), options).claimReviewed).toBe(
      "at least 29",
    );
  });

  it("names a witness as a person, and leaves out an appearance with no article", () => {
    const review = claimReviewJsonLd(
      claim({ source: { name: "A resident", kind: "witness" }, articleUrl: null }),
      options,
    );
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Person", name: "A resident" },
      datePublished: "2020-02-27T22:00:00.000Z",
    });
  });
});

describe("the JSON-LD script's text", () => {
  it("cannot be closed early by a quote holding </script>, and reads back the same", () => {
    const sentence = 'He said "</script><script>alert(1)</script>" & <!-- 29 -->';
    const data = claimReviewJsonLd(claim({ sentence, headline: "Two lines\u2028in a headline" }), options);
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(text).toContain("\\u2028");
    expect(text.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
    expect((JSON.parse(text) as { claimReviewed: string }).claimReviewed).toBe(sentence);
  });
});
