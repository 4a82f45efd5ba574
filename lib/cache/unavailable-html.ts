// A self-contained HTML page (no scripts, so the nonce policy does not matter)
// for the 503 answer. It does not reload itself: a timed refresh fails WCAG
// 2.2.1 (timing adjustable); Retry-After tells machines when to come back.
// `from` is already checked to be a path on this site.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function unavailableHtml(from: string, retryAfterSeconds: number): string {
  const href = escapeHtml(from);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Met Police accountability dashboard</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>This page is temporarily unavailable</h1>
<p>The dashboard cannot reach its database just now, and this page was not saved from an earlier visit.
Nothing is lost: the figures will be back as soon as the database is.</p>
<p>Please <a href="${href}">try again</a> in about ${retryAfterSeconds} seconds. Other pages may still work:
<a href="/">go to the overview</a>.</p>
</main>
</body>
</html>
`;
}
