import { useState, type ReactNode } from 'react';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ProjectDocument } from '@lianzhao/web-data';
import { COMPACT_LAYOUT_QUERY, listHref, useErrorMessage, useMediaQuery, usePageTrail, useT } from '@lianzhao/web-ui';
import { HealthTag } from '../components/HealthTag';
import { MilestoneProgress } from '../components/MilestoneProgress';
import { MilestoneTimeline } from '../components/MilestoneTimeline';
import { PlanHistory } from '../components/PlanHistory';
import { ProjectFacts } from '../components/ProjectFacts';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { SupportItems } from '../components/SupportItems';

export interface ProjectDetailPageProps {
  /** 区领导 read a project without recording dates or editing support items. */
  readOnly?: boolean;
  /** The 基金 tab: the funds' investments this project tracks (from the funds feature). */
  funds?: ReactNode;
  /** The 可享政策 card (from the policies feature), given the project's version so it rereads after each change. */
  policies?: (version: number) => ReactNode;
}

/** One landing project: key figures, the milestone timeline, plan history and support items. */
export function ProjectDetailPage({ readOnly = false, funds, policies }: ProjectDetailPageProps) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(ProjectDocument, { variables: { id } });
  const project = data?.project;
  usePageTrail(
    project ? [{ title: t('menu.projects'), to: listHref('/projects') }, { title: project.name }] : null,
  );
  const [editing, setEditing] = useState(false);
  // On a phone the actions go under the name: beside it they would cover it.
  const compact = useMediaQuery(COMPACT_LAYOUT_QUERY);

  const back = (
    <Link to={listHref('/projects')}>
      <ArrowLeftOutlined /> {t('projects.back')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={toMessage(error)} action={back} />;
  if (loading && !project) return <Skeleton active />;
  if (!project) return null;
  const actions = (
    <Space>
      <MilestoneProgress milestones={project.milestones} />
      {!readOnly && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      )}
    </Space>
  );

  return (
    <Flex vertical gap={16}>
      {back}
      <Card
        title={
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {project.name}
            </Typography.Title>
            <HealthTag health={project.health} daysLate={project.daysLate} />
            {compact && actions}
          </Space>
        }
        extra={!compact && actions}
        styles={compact ? { title: { whiteSpace: 'normal', paddingBlock: 12 } } : undefined}
      >
        <ProjectFacts project={project} />
      </Card>
      <Card title={t('projects.timeline')}>
        <MilestoneTimeline project={project} readOnly={readOnly} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={t('projects.planHistory')}>
            <PlanHistory changes={project.planChanges} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('projects.support')}>
            <SupportItems project={project} readOnly={readOnly} />
          </Card>
        </Col>
      </Row>
      {policies?.(project.version)}
      {funds && (
        <Card tabList={[{ key: 'funds', label: t('projects.funds') }]} activeTabKey="funds">
          {funds}
        </Card>
      )}
      {editing && <ProjectFormModal project={project} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
