import type { ReactNode } from 'react';

// Wide tables scroll sideways inside their own box on narrow screens (so the
// page never does, WCAG 1.4.10); the box is focusable and named so keyboard
// and screen-reader users can reach and scroll it too.
export function ScrollTable({ label, caption, tableClassName, children }: { label: string; caption: ReactNode; tableClassName?: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={`${label} (table)`} tabIndex={0}>
      <table className={`w-full border-collapse text-left text-sm ${tableClassName ?? ''}`}>
        <caption className="pb-2 text-left font-semibold">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
