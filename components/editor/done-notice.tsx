// The confirmation shown after a form sent the editor back to a page.
const MESSAGES: Record<string, string> = {
  recorded: 'Status update published. It is on the public page now.',
  corrected: 'Correction published. The corrected entry stays visible, marked as set aside.',
  created: 'Commitment added.',
  edited: 'Changes saved.',
  meeting: 'Meeting recorded. Add the questions the panel put to the Met below.',
  question: 'Question added. It is on the public snapshot page now.',
  answer: 'Answer added. Earlier answers stay on the record beside it.',
  'follow-up': 'Follow-up status saved.',
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
