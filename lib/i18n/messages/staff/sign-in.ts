// The sign-in page. English only for now: French comes with the French staff interface.
import { englishOnly } from "../../locale";

export const SIGN_IN_MESSAGES = englishOnly({
  title: "Sign in",
  intro: "For the newsroom’s editors, reviewers and admins. Readers need no account.",
  needsJavaScript: "Signing in needs JavaScript: turn it on for this site, then reload.",
  help: "No account yet, or lost your password? Ask an admin of your newsroom.",
  email: "Email",
  password: "Password",
  submit: "Sign in",
  pending: "Signing in…",
  enterEmail: "Enter your email address.",
  enterPassword: "Enter your password.",
  unavailable: "Signing in is not possible right now. Check your connection and try again.",
});
