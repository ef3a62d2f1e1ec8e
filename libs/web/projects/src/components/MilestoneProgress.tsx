import { Flex, Tooltip } from 'antd';
import { MILESTONE_STATUS_LABELS } from '@lianzhao/domain';
import type { ProjectMilestoneFieldsFragment } from '@lianzhao/web-data';
import { dateText, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';
import { STATUS_COLORS } from '../utils/milestone-colors';

/** One segment per milestone in template order: done green, overdue red, due orange, planned blue. */
export function MilestoneProgress({ milestones }: { milestones: readonly ProjectMilestoneFieldsFragment[] }) {
  const { t, label } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const done = milestones.filter((m) => m.status === 'DONE').length;
  return (
    <Flex
      gap={2}
      style={{ minWidth: 180 }}
      role="img"
      aria-label={`${t('projects.progress')} ${done}/${milestones.length}`}
      data-testid="milestone-progress"
    >
      {milestones.map((m) => (
        <Tooltip
          key={m.code}
          title={`${milestoneLabel(m.code)} · ${label(MILESTONE_STATUS_LABELS[m.status])} · ${t('projects.planned')} ${dateText(m.plannedDate)} · ${t('projects.actual')} ${dateText(m.actualDate)}`}
        >
          <span
            data-status={m.status}
            data-code={m.code}
            style={{ flex: 1, height: 10, borderRadius: 2, background: STATUS_COLORS[m.status] }}
          />
        </Tooltip>
      ))}
    </Flex>
  );
}
