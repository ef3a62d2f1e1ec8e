import { Tag } from 'antd';
import { PROJECT_HEALTH_LABELS, type ProjectHealth } from '@lianzhao/domain';
import { useI18n } from '@lianzhao/web-ui';
import { HEALTH_TAG_COLORS } from '../utils/milestone-colors';

/** 正常 / 临近 / 逾期 N 天. */
export function HealthTag({ health, daysLate }: { health: ProjectHealth; daysLate: number }) {
  const { t, label } = useI18n();
  return (
    <Tag color={HEALTH_TAG_COLORS[health]} data-testid="project-health" data-health={health}>
      {health === 'OVERDUE'
        ? t('projects.daysLateValue', { days: daysLate })
        : label(PROJECT_HEALTH_LABELS[health])}
    </Tag>
  );
}
