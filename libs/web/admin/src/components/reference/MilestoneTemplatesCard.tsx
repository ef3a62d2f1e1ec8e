import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Skeleton, Switch, Table, Typography } from 'antd';
import { canBeOptional, PROJECT_TYPE_LABELS, PROJECT_TYPES } from '@lianzhao/domain';
import {
  MilestoneTemplatesAdminDocument,
  SetMilestoneTemplateOptionalDocument,
  type MilestoneTemplatesAdminQuery,
} from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';
import { MilestoneRenameModal } from './MilestoneRenameModal';

type Template = MilestoneTemplatesAdminQuery['milestoneTemplates'][number];

/**
 * 节点模板: the milestones of each project type, in their fixed order (a domain rule: no 投产
 * before 开工), which of them a project may skip (签约 and 工商注册 never may), and their names:
 * a milestone renamed here is renamed in every template and wherever it is shown.
 */
export function MilestoneTemplatesCard() {
  const { t, label, pick } = useI18n();
  const [renaming, setRenaming] = useState<Template | null>(null);
  const { message } = App.useApp();
  const toMessage = useErrorMessage();
  const { data, loading, error } = useQuery(MilestoneTemplatesAdminDocument);
  const [setOptional, setting] = useMutation(SetMilestoneTemplateOptionalDocument, {
    refetchQueries: ['ReferenceHistory'],
  });
  if (error) return <Alert type="error" showIcon title={toMessage(error)} />;
  if (loading && !data) return <Skeleton active />;
  const templates = data?.milestoneTemplates ?? [];

  const toggle = async (row: Template, optional: boolean) => {
    try {
      await setOptional({ variables: { input: { projectType: row.projectType, code: row.code, optional } } });
      void message.success(t('common.saved'));
    } catch (err) {
      void message.error(toMessage(err));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('referenceEdit.templatesIntro')}</Typography.Text>
      {PROJECT_TYPES.map((type) => (
        <Card key={type} size="small" title={label(PROJECT_TYPE_LABELS[type])}>
          <Table<Template>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={templates.filter((m) => m.projectType === type).sort((a, b) => a.position - b.position)}
            columns={[
              { title: t('referenceEdit.milestone'), render: (_, row) => pick(row) },
              {
                title: t('referenceEdit.optional'),
                width: 160,
                render: (_, row) => (
                  <Switch
                    aria-label={`${t('referenceEdit.optional')} ${pick(row)}`}
                    checked={row.optional}
                    disabled={!canBeOptional(row.code) || setting.loading}
                    onChange={(checked) => void toggle(row, checked)}
                  />
                ),
              },
              {
                title: t('common.actions'),
                width: 120,
                render: (_, row) => (
                  <Button size="small" aria-label={`${t('referenceEdit.rename')} ${pick(row)}`} onClick={() => setRenaming(row)}>
                    {t('referenceEdit.rename')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      ))}
      {renaming && <MilestoneRenameModal milestone={renaming} onClose={() => setRenaming(null)} />}
    </Flex>
  );
}
