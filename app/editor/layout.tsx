import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { EditorNav } from '@/components/editor/editor-nav';
import { requireUser } from '@/lib/auth/page-guards';

export const metadata: Metadata = { title: { default: 'Editor area', template: '%s · Editor area' }, robots: { index: false } };

// Sign-in is checked here for the menu and again by each page (layouts are not
// re-run on every navigation) and by every write (guarded-action.ts).
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <EditorNav user={user} />
      {children}
    </>
  );
}
