import { useMemo, useState, type ReactNode } from 'react';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { LeadDocument } from '@lianzhao/web-data';
import {
  COMPACT_LAYOUT_QUERY,
  listHref,
  StageTag,
  useErrorMessage,
  useMediaQuery,
  usePageTrail,
  useT,
} from '@lianzhao/web-ui';
import { FollowUpForm } from '../components/FollowUpForm';
import { LeadFacts } from '../components/LeadFacts';
import { LeadFormModal } from '../components/LeadFormModal';
import { LeadTimeline } from '../components/LeadTimeline';
import { StageMoveSelect } from '../components/StageMoveSelect';
import { useLeadMover } from '../hooks/useLeadMover';
import { leadTimeline } from '../utils/timeline';

export interface LeadDetailPageProps {
  /** 区领导 read a lead without editing, moving or logging follow-ups. */
  readOnly?: boolean;
  /** The lead's chain links with its segment's suggestions (from the chain feature). */
  chain?: ReactNode;
}

/** One lead: key figures, edit, stage moves, follow-ups and its whole history. */
export function LeadDetailPage({ readOnly = false, chain }: LeadDetailPageProps) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(LeadDocument, { variables: { id } });
  const mover = useLeadMover();
  const [editing, setEditing] = useState(false);
  // On a phone the actions go under the name: beside it they would cover it.
  const compact = useMediaQuery(COMPACT_LAYOUT_QUERY);
  const lead = data?.lead;
  usePageTrail(
    lead ? [{ title: t('menu.leads'), to: listHref('/leads') }, { title: lead.projectName }] : null,
  );
  const entries = useMemo(() => (lead ? leadTimeline(lead) : []), [lead]);

  const back = (
    <Link to={listHref('/leads')}>
      <ArrowLeftOutlined /> {t('leads.back')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={toMessage(error)} action={back} />;
  if (loading && !lead) return <Skeleton active />;
  if (!lead) return null;
  const actions = !readOnly && (
    <Space wrap>
      <StageMoveSelect lead={lead} mover={mover} />
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
        {t('common.edit')}
      </Button>
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      {back}
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {lead.projectName}
            </Typography.Title>
            <StageTag stage={lead.stage} />
            {lead.project && <Link to={`/projects/${lead.project.id}`}>{t('leads.viewProject')}</Link>}
            {compact && actions}
          </Space>
        }
        extra={!compact && actions}
        styles={compact ? { title: { whiteSpace: 'normal', paddingBlock: 12 } } : undefined}
      >
        <LeadFacts lead={lead} />
      </Card>
      {chain}
      {!readOnly && (
        <Card title={t('followUps.title')}>
          <FollowUpForm leadId={lead.id} />
        </Card>
      )}
      <Card title={t('timeline.title')}>
        <LeadTimeline entries={entries} />
      </Card>
      {editing && <LeadFormModal lead={lead} onClose={() => setEditing(false)} />}
      {mover.modal}
    </Flex>
  );
}
