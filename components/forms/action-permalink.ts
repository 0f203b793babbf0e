// Where a form posts without JavaScript, for useActionState's third argument. A form whose action
// is a server action is written by React with action="", which HTML forbids (an empty URL: the W3C
// checker's error); given a permalink, React writes it instead. The permalink is the page the form
// is on, where Next runs the action and renders the answer, as action="" did. React also matches
// a posted answer to its form by the permalink: a form repeated down a page (one per account, one
// per webhook) names its own element after the #, so each keeps its own answer and the browser
// comes back to it.

/** The page the form is on, and the id of the element a repeated form belongs to. */
export function actionPermalink(page: string, anchor?: string): string {
  return anchor ? `${page}#${encodeURIComponent(anchor)}` : page;
}
