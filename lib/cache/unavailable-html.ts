// A self-contained HTML page (no scripts, so the nonce policy does not matter)
// for the 503 answer. `from` is already checked to be a path on this site.
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
<meta http-equiv="refresh" content="${retryAfterSeconds};url=${href}">
<title>Temporarily unavailable · Met Police accountability dashboard</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>This page is temporarily unavailable</h1>
<p>The dashboard cannot reach its database just now, and this page was not saved from an earlier visit.
Nothing is lost: the figures will be back as soon as the database is.</p>
<p>This page will try again by itself in ${retryAfterSeconds} seconds, or you can
<a href="${href}">try again now</a>. Other pages you have visited recently may still work: <a href="/">go to the overview</a>.</p>
</main>
</body>
</html>
`;
}
