import { useState } from 'react';
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Divider, Flex, Skeleton, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { FOLLOW_UP_KIND_LABELS } from '@lianzhao/domain';
import {
  CompleteFollowUpStepDocument,
  evictRootFields,
  MyFollowUpsDueDocument,
  type MyFollowUpsDueQuery,
} from '@lianzhao/web-data';
import { useErrorMessage, useI18n, useShowError } from '@lianzhao/web-ui';

type Due = MyFollowUpsDueQuery['myFollowUpsDue'][number];

function DueItem({ item, busy, onDone }: { item: Due; busy: boolean; onDone: () => void }) {
  const { t, label } = useI18n();
  return (
    <Flex
      justify="space-between"
      align="center"
      gap={12}
      data-testid="follow-up-due"
      data-overdue={item.overdue}
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Link to={`/leads/${item.lead.id}`}>
          {item.lead.projectName} · {item.lead.enterprise.name}
        </Link>
        <Typography.Text type={item.overdue ? 'danger' : 'secondary'} strong={item.overdue}>
          {item.overdue
            ? t('followUps.overdue', { date: item.nextStepDueOn ?? '' })
            : t('followUps.dueOn', { date: item.nextStepDueOn ?? '' })}
          {' · '}
          {label(FOLLOW_UP_KIND_LABELS[item.kind])} · {item.nextStep}
        </Typography.Text>
      </Flex>
      <Button size="small" icon={<CheckOutlined />} loading={busy} onClick={onDone}>
        {t('followUps.complete')}
      </Button>
    </Flex>
  );
}

/** 我的待办跟进: next steps on my leads that are overdue (in red) or due within a week. */
export function FollowUpsDuePanel() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const toMessage = useErrorMessage();
  const showError = useShowError();
  const { data, loading, error } = useQuery(MyFollowUpsDueDocument);
  // The step's own record updates in place (the lead's timeline follows); the to-do list is rebuilt.
  const [complete] = useMutation(CompleteFollowUpStepDocument, {
    update: (cache) => evictRootFields(cache, 'myFollowUpsDue'),
  });
  const [completingId, setCompletingId] = useState<string | null>(null);
  const items = data?.myFollowUpsDue ?? [];

  const done = async (id: string) => {
    setCompletingId(id);
    try {
      await complete({ variables: { input: { id } } });
      void message.success(t('followUps.completed'));
    } catch (e) {
      showError(e);
    } finally {
      setCompletingId(null);
    }
  };

  return (
    <Card size="small" title={t('followUps.due')} extra={items.length > 0 && <Tag>{items.length}</Tag>}>
      {error && <Alert type="error" showIcon title={toMessage(error)} />}
      <Spin spinning={loading && Boolean(data)}>
        {!data && !error ? (
          // Not "近 7 天没有到期的下一步" before the answer says so.
          <Skeleton active title={false} paragraph={{ rows: 2 }} />
        ) : items.length === 0 ? (
          <Typography.Text type="secondary">{t('followUps.noneDue')}</Typography.Text>
        ) : (
          <Flex vertical>
            {items.map((item, index) => (
              <div key={item.id}>
                {index > 0 && <Divider style={{ margin: '8px 0' }} />}
                <DueItem item={item} busy={completingId === item.id} onDone={() => void done(item.id)} />
              </div>
            ))}
          </Flex>
        )}
      </Spin>
    </Card>
  );
}
