import { NextResponse, type NextRequest } from "next/server";
import { readLanguageChoice, safeReturnPath } from "@/lib/i18n/language-switch";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { NOT_FOUND_ROUTE } from "@/lib/security/not-found-route";
import { CROSS_SITE_REFUSED, isSameOriginPost } from "@/lib/security/same-origin";
import { locationHeaderPath } from "@/lib/validation/return-path";

const ONE_YEAR = 365 * 24 * 3600;

/** The language switch: remember the reader's choice, then back to the page they were reading. */
export async function POST(request: NextRequest) {
  // Another site must not be able to switch a reader's language behind their back.
  if (!isSameOriginPost(request.headers)) return plainText(CROSS_SITE_REFUSED, 403);
  const form = await request.formData().catch(() => null);
  const choice = form
    ? readLanguageChoice(form)
    : ({ ok: false, message: "Send the form of the language switch." } as const);
  if (!choice.ok) return plainText(choice.message, 400);
  const location = locationHeaderPath(
    choice.returnTo.startsWith(NOT_FOUND_ROUTE) ? pageOfReferer(request) : choice.returnTo,
  );
  if (location === null)
    return plainText("The page to go back to is not an address of this site: it holds a control character.", 400);

  // A relative Location: the browser resolves it against the address it used, whatever host
  // name Next would rebuild from the request (it turns 127.0.0.1 into localhost).
  const response = new NextResponse(null, { status: 303, headers: { location } });
  response.cookies.set(LOCALE_COOKIE, choice.locale, {
    path: "/",
    maxAge: ONE_YEAR,
    sameSite: "lax",
    httpOnly: true,
  });
  return response;
}

const plainText = (message: string, status: number) =>
  new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The page of this site the browser says the form was on (the not-found page's own address), else "/". */
function pageOfReferer(request: NextRequest): string {
  try {
    const referer = new URL(request.headers.get("referer") ?? "");
    return referer.host === request.headers.get("host") ? safeReturnPath(referer.pathname + referer.search) : "/";
  } catch {
    return "/";
  }
}
