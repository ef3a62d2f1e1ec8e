import { useState, type HTMLAttributes } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { MILESTONE_STATUS_LABELS, type MilestoneCode } from '@lianzhao/domain';
import {
  evictEntityFields,
  evictRootFields,
  MilestoneTemplatesDocument,
  PlanMilestoneDocument,
  RecordMilestoneDocument,
  type ProjectDetailFragment,
  type ProjectMilestoneFieldsFragment,
} from '@lianzhao/web-data';
import { dateText, useI18n, useMilestoneLabel } from '@lianzhao/web-ui';
import { STATUS_TAG_COLORS } from '../utils/milestone-colors';
import { MilestoneDateModal, type MilestoneDateMode } from './MilestoneDateModal';

/** The milestones in template order: planned against actual, days late, and the edit actions. */
export function MilestoneTimeline({
  project,
  readOnly,
}: {
  project: ProjectDetailFragment;
  readOnly: boolean;
}) {
  const { t, label } = useI18n();
  const milestoneLabel = useMilestoneLabel();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ code: MilestoneCode; mode: MilestoneDateMode } | null>(null);
  // Lists and alerts depend on every date; the project itself comes back in the response.
  const refresh = {
    update: (cache: Parameters<typeof evictRootFields>[0]) => {
      evictRootFields(cache, 'projects', 'milestoneAlerts');
      evictEntityFields(cache, 'Project', project.id, 'auditTrail');
    },
  };
  const [record, recording] = useMutation(RecordMilestoneDocument, refresh);
  // Which milestones this project's template lets it skip, for the order check the server makes.
  const templates = useQuery(MilestoneTemplatesDocument);
  const optional = (templates.data?.milestoneTemplates ?? [])
    .filter((m) => m.projectType === project.type && m.optional)
    .map((m) => m.code);
  const [plan, planning] = useMutation(PlanMilestoneDocument, refresh);

  const submit = async (date: string | null, reason: string | null) => {
    if (!editing) return;
    if (editing.mode === 'actual') {
      await record({
        variables: {
          input: { projectId: project.id, code: editing.code, actualDate: date, version: project.version },
        },
      });
      void message.success(t('projects.recorded'));
    } else {
      await plan({
        variables: {
          input: {
            projectId: project.id,
            code: editing.code,
            plannedDate: date,
            reason,
            version: project.version,
          },
        },
      });
      void message.success(t('projects.planSaved'));
    }
    setEditing(null);
  };

  const columns: TableColumnsType<ProjectMilestoneFieldsFragment> = [
    { title: t('projects.milestone'), render: (_, m) => <strong>{milestoneLabel(m.code)}</strong> },
    { title: t('projects.planned'), render: (_, m) => dateText(m.plannedDate) },
    { title: t('projects.actual'), render: (_, m) => dateText(m.actualDate) },
    {
      title: t('projects.status'),
      render: (_, m) => (
        <Tag color={STATUS_TAG_COLORS[m.status]}>{label(MILESTONE_STATUS_LABELS[m.status])}</Tag>
      ),
    },
    {
      title: t('projects.lateDays'),
      render: (_, m) =>
        m.daysLate > 0 ? (
          <Typography.Text type={m.status === 'DONE' ? 'warning' : 'danger'}>
            {t('projects.daysLateValue', { days: m.daysLate })}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  if (!readOnly) {
    columns.push({
      title: t('common.actions'),
      render: (_, m) => (
        <Space>
          <Button size="small" onClick={() => setEditing({ code: m.code, mode: 'actual' })}>
            {t('projects.recordActual')}
          </Button>
          <Button size="small" onClick={() => setEditing({ code: m.code, mode: 'plan' })}>
            {t('projects.plan')}
          </Button>
        </Space>
      ),
    });
  }

  return (
    <>
      <Table<ProjectMilestoneFieldsFragment>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={project.milestones}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(m) =>
          ({ 'data-testid': `milestone-${m.code}`, 'data-status': m.status }) as HTMLAttributes<HTMLElement>
        }
      />
      {editing && (
        <MilestoneDateModal
          key={`${editing.code}-${editing.mode}`}
          mode={editing.mode}
          code={editing.code}
          milestones={project.milestones}
          optional={optional}
          loading={recording.loading || planning.loading}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      )}
    </>
  );
}
