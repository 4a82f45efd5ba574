// The confirmation shown after a form sent the editor back to a page.
const MESSAGES: Record<string, string> = {
  recorded: 'Status update published. It is on the public page now.',
  corrected: 'Correction published. The corrected entry stays visible, marked as set aside.',
  created: 'Commitment added.',
  edited: 'Changes saved.',
};

export function DoneNotice({ done }: { done: string | string[] | undefined }) {
  const message = typeof done === 'string' ? MESSAGES[done] : undefined;
  if (!message) return null;
  return (
    <p role="status" className="rounded border-2 border-green-800 bg-green-50 p-3">
      {message}
    </p>
  );
}
