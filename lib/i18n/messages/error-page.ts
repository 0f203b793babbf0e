// The page shown when something fails unexpectedly, on any page. English only for now.
import { englishOnly } from "../locale";

export const ERROR_PAGE_MESSAGES = englishOnly({
  title: "Something went wrong",
  body: "This page could not be shown. Please try again.",
  quoteReference: "If it keeps happening, quote reference ",
  end: ".",
  retry: "Try again",
});
