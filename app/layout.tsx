import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/public/language-switch";
import { SearchForm } from "@/components/public/search-form";
import { SignInLink, StaffNav } from "@/components/staff-nav/staff-nav";
import { currentStaffMember } from "@/lib/auth/current-user";
import { I18nProvider } from "@/lib/i18n/client";
import { PUBLIC_MESSAGES } from "@/lib/i18n/messages/public";
import { messagesFor, requestLocale } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = (await messagesFor(PUBLIC_MESSAGES)).frame;
  return {
    title: { default: t.siteName, template: t.titleTemplate },
    description: t.tagline,
    alternates: { types: { "application/atom+xml": [{ url: "/feed.atom", title: t.feed }] } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f0" },
    { media: "(prefers-color-scheme: dark)", color: "#17181a" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read fresh on every request: a disabled account or a sign-out elsewhere shows at once.
  const member = await currentStaffMember();
  const locale = await requestLocale();
  const t = PUBLIC_MESSAGES[locale].frame;
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale}>
          <a className="skip-link" href="#main">
            {t.skipLink}
          </a>
          <header className="site-header">
            <div className="wrap site-header-inner">
              <Link href="/" className="wordmark">
                {t.wordmark[0]} <span>{t.wordmark[1]}</span>
              </Link>
              <p className="site-tagline">{t.tagline}</p>
              <div className="site-tools">
                <SearchForm compact />
                <LanguageSwitch />
                {!member && <SignInLink />}
              </div>
            </div>
          </header>
          {member && <StaffNav member={member} />}
          <main id="main" className="wrap">
            {children}
          </main>
          <footer className="site-footer">
            <div className="wrap site-footer-inner">
              <p>{t.footer}</p>
              <p>
                <a href="/api/v1/openapi.json">{t.openData}</a> · <a href="/feed.atom">{t.feed}</a>
              </p>
            </div>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
