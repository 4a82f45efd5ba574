import type { CommitmentDetail } from '@/lib/queries/commitments';

// What the catalogue could not establish is shown, not buried: readers need
// it to judge how far to trust the summary and the status above.
export function CommitmentCaveats({ commitment }: { commitment: CommitmentDetail }) {
  const caveats = [
    { label: 'About the wording', text: commitment.caveat },
    { label: 'About the pillar', text: commitment.pillarNote },
    { label: 'About the status', text: commitment.statusNote },
  ].filter((c): c is { label: string; text: string } => Boolean(c.text));
  if (caveats.length === 0) return null;
  return (
    <section aria-labelledby="caveats-heading" className="rounded border-l-4 border-amber-700 bg-amber-50 p-4">
      <h2 id="caveats-heading" className="text-xl font-bold">
        Caveats
      </h2>
      <dl className="mt-2 space-y-3">
        {caveats.map((caveat) => (
          <div key={caveat.label}>
            <dt className="font-semibold">{caveat.label}</dt>
            <dd>{caveat.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
