import { useQuery } from '@apollo/client/react';
import { Alert, Card, Divider, Flex, Spin, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { MilestoneAlertsDocument } from '@lianzhao/web-data';
import { useErrorMessage, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';

/** 逾期提醒: overdue milestones (red) and those due within 30 days, an officer's own or all for leaders. */
export function MilestoneAlertsPanel() {
  const { t } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const toMessage = useErrorMessage();
  const { data, loading, error } = useQuery(MilestoneAlertsDocument, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const alerts = data?.milestoneAlerts;
  const items = alerts?.items ?? [];

  return (
    <Card
      size="small"
      title={t('projects.alerts')}
      data-testid="milestone-alerts"
      extra={
        alerts && (
          <Tag color={alerts.overdueCount > 0 ? 'red' : undefined}>
            {t('projects.alertsCount', { overdue: alerts.overdueCount, due: alerts.dueCount })}
          </Tag>
        )
      }
    >
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      <Spin spinning={loading && !data}>
        {items.length === 0 ? (
          <Typography.Text type="secondary">{t('projects.noAlerts')}</Typography.Text>
        ) : (
          <Flex vertical style={{ maxHeight: 260, overflowY: 'auto' }}>
            {items.map((item, index) => {
              const overdue = item.status === 'OVERDUE';
              const milestone = milestoneLabel(item.milestone.code);
              return (
                <Fragment key={item.milestone.id}>
                  {index > 0 && <Divider style={{ margin: '8px 0' }} />}
                  <Flex vertical gap={2} data-testid="milestone-alert" data-status={item.status}>
                    <Link to={`/projects/${item.project.id}`}>
                      {item.project.name} · {item.project.enterprise.name}
                    </Link>
                    <Typography.Text type={overdue ? 'danger' : 'warning'} strong={overdue}>
                      {overdue
                        ? t('projects.alertOverdue', {
                            milestone,
                            date: item.milestone.plannedDate ?? '',
                            days: item.daysLate,
                          })
                        : t('projects.alertDue', {
                            milestone,
                            date: item.milestone.plannedDate ?? '',
                            days: item.daysLeft,
                          })}
                      {' · '}
                      {item.project.owner.displayName}
                    </Typography.Text>
                  </Flex>
                </Fragment>
              );
            })}
          </Flex>
        )}
      </Spin>
    </Card>
  );
}
