import { MILESTONE_CODES, MILESTONE_LABELS, type MilestoneCode, type NotificationKind } from '@lianzhao/domain';
import type { I18n } from '@lianzhao/web-ui';
import type { NotificationsQuery } from '@lianzhao/web-data';

type Note = Pick<NotificationsQuery['notifications']['edges'][number]['node'], 'kind' | 'title' | 'params'>;

function isMilestone(code: string): code is MilestoneCode {
  return (MILESTONE_CODES as readonly string[]).includes(code);
}

/**
 * A notification in the reader's language: the sentence its kind names, filled from its params.
 * A notification written before params (none could be derived for it) shows its stored title.
 */
export function notificationText(note: Note, { t, label }: Pick<I18n, 't' | 'label'>): string {
  const { name, reason, date, milestone } = note.params;
  if (!name) return note.title;
  return t(`notifications.text.${note.kind as NotificationKind}`, {
    name,
    reason: reason ?? '',
    date: date ?? '',
    milestone: milestone && isMilestone(milestone) ? label(MILESTONE_LABELS[milestone]) : (milestone ?? ''),
  });
}
