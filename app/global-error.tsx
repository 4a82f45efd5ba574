'use client';

// Shown when even the page shell fails. Like error.tsx it never shows the
// error itself: stack traces and SQL stay in the server log.
export default function GlobalError() {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
        <h1>Something went wrong</h1>
        <p>The dashboard could not be shown just now. Please try again in a moment.</p>
      </body>
    </html>
  );
}
