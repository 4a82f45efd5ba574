import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/editor/accept-invitation-form';
import { findInvitation } from '@/lib/queries/invitations';

// The token is in the address: no referrer may carry it to another site.
export const metadata: Metadata = { title: 'Choose your password', robots: { index: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (!invitation) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">This link no longer works</h1>
        <p>Invitation links work once and for 7 days. Ask an admin to send you a new one.</p>
        <p>
          <Link href="/sign-in">Sign in</Link> if you have already set your password.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Choose your password</h1>
      <p>
        For <strong>{invitation.email}</strong>. You will then sign in with this email address and password.
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </div>
  );
}
