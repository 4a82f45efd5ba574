import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/editor/sign-in-form';
import { readSignedInUser } from '@/lib/auth/signed-in-user';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const NOTICES: Record<string, string> = {
  '1': 'You have signed out.',
  everywhere: 'You have signed out on every device.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  if (await readSignedInUser(new Headers(await headers()))) redirect('/editor');
  const params = await searchParams;
  const signedOut = typeof params['signed-out'] === 'string' ? NOTICES[params['signed-out']] : undefined;
  const notice = params['password-set'] ? 'Your password is set: sign in with it now.' : signedOut;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Sign in to the editor area</h1>
      {notice ? (
        <p role="status" className="rounded border-2 border-green-800 bg-green-50 p-3">
          {notice}
        </p>
      ) : null}
      <p>For the team that keeps the dashboard up to date. There is no public sign-up: an admin invites each editor.</p>
      <SignInForm />
    </div>
  );
}
