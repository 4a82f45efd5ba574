// What a write needs from the request it came with. Server actions build it
// from Next.js (next-request.ts); route handlers from their Request; tests
// build it by hand, with real session cookies.
export interface RequestContext {
  headers: Headers;
  /** Tells Next.js that a public page now shows something new. */
  revalidate: (path: string) => void;
}
