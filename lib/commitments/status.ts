// The statuses a commitment can have, in plain English. "No update published"
// is not stored: it is what a commitment shows when nothing dated says otherwise.
export const STATUS_KEYS = ['DELIVERED', 'IN_PROGRESS', 'LATE', 'NOT_STARTED', 'DROPPED', 'UNCLEAR', 'NO_UPDATE'] as const;
export type StatusKey = (typeof STATUS_KEYS)[number];

export const STATUS_SLUGS: Record<StatusKey, string> = {
  DELIVERED: 'delivered',
  IN_PROGRESS: 'in-progress',
  LATE: 'late',
  NOT_STARTED: 'not-started',
  DROPPED: 'dropped',
  UNCLEAR: 'unclear',
  NO_UPDATE: 'no-update',
};

export const STATUS_LABELS: Record<StatusKey, string> = {
  DELIVERED: 'Delivered',
  IN_PROGRESS: 'In progress',
  LATE: 'Late',
  NOT_STARTED: 'Not started',
  DROPPED: 'Dropped',
  UNCLEAR: 'Unclear',
  NO_UPDATE: 'No update published',
};

export const STATUS_DESCRIPTIONS: Record<StatusKey, string> = {
  DELIVERED: 'A dated source reports that what was promised has been done.',
  IN_PROGRESS: 'A dated source reports work under way, and no deadline has passed.',
  LATE: 'A source reports it as missed or delayed, or its stated deadline has passed while the latest evidence showed it in progress or not started.',
  NOT_STARTED: 'A dated source reports that work has not begun.',
  DROPPED: 'A source reports that the commitment was abandoned or reversed.',
  UNCLEAR: 'Sources have been published, but they do not establish whether it was delivered.',
  NO_UPDATE: 'No dated evidence of progress has been found or published.',
};

export function statusFromSlug(slug: string): StatusKey | undefined {
  return STATUS_KEYS.find((key) => STATUS_SLUGS[key] === slug);
}
