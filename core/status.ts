// Submission statuses and how each reads to a citizen.
import type { LocalText } from './definition.ts';

export const STATUSES = ['received', 'in_progress', 'completed', 'rejected', 'returned', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, LocalText> = {
  received: { ja: '受付済み', en: 'Received' },
  in_progress: { ja: '処理中', en: 'In progress' },
  completed: { ja: '完了', en: 'Completed' },
  rejected: { ja: '却下', en: 'Rejected' },
  returned: { ja: '差戻し（修正をお願いします）', en: 'Returned for correction' },
  withdrawn: { ja: '取下げ', en: 'Withdrawn' },
};
