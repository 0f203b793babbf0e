import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignInLink, StaffNav } from "@/components/staff-nav/staff-nav";
import { currentStaffMember } from "@/lib/auth/current-user";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claim Tracker", template: "%s · Claim Tracker" },
  description:
    "The numbers in the news, source by source: who said what, when, and whether the figures agree.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f0" },
    { media: "(prefers-color-scheme: dark)", color: "#17181a" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read fresh on every request: a disabled account or a sign-out elsewhere shows at once.
  const member = await currentStaffMember();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap site-header-inner">
            <Link href="/" className="wordmark">
              Claim <span>Tracker</span>
            </Link>
            <p className="site-tagline">The numbers in the news, source by source</p>
            {!member && <SignInLink />}
          </div>
        </header>
        {member && <StaffNav member={member} />}
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            Claim Tracker reads figures in English and French. Every figure keeps its source, its
            words and its date.
          </div>
        </footer>
      </body>
    </html>
  );
}
