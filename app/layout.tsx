import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { feedAlternates } from '@/lib/feeds/feed-links';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Met Police accountability dashboard', template: '%s · Met accountability dashboard' },
  description:
    "Is London's Metropolitan Police keeping the promises it made after the Casey Review and in its London Race Action Plan? Commitments, evidence and figures, with sources.",
  alternates: feedAlternates(),
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Every page is rendered per request, so Next.js can put this response's CSP
// nonce (proxy.ts) on its scripts; a prerendered page would carry none.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
