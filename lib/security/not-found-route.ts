// The address proxy.ts rewrites a page's 404 to, so that Next writes its not-found page in full
// (a page that calls notFound() is written as an empty shell only JavaScript fills). No route
// matches it: folders starting with "_" are never routes. The language switch on that page names
// it as the page to go back to; app/language/route.ts sends the reader back to the address their
// browser shows instead.
export const NOT_FOUND_ROUTE = "/_not-found-in-full";
