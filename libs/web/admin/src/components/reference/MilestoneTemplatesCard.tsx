import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Card, Flex, Skeleton, Switch, Table, Typography } from 'antd';
import { canBeOptional, MILESTONE_LABELS, PROJECT_TYPE_LABELS, PROJECT_TYPES } from '@lianzhao/domain';
import {
  MilestoneTemplatesAdminDocument,
  SetMilestoneTemplateOptionalDocument,
  type MilestoneTemplatesAdminQuery,
} from '@lianzhao/web-data';
import { useErrorMessage, useI18n } from '@lianzhao/web-ui';

type Template = MilestoneTemplatesAdminQuery['milestoneTemplates'][number];

/**
 * 节点模板: the milestones of each project type, in their fixed order (a domain rule: no 投产
 * before 开工), and which of them a project may skip. 签约 and 工商注册 never may.
 */
export function MilestoneTemplatesCard() {
  const { t, label } = useI18n();
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
              { title: t('referenceEdit.milestone'), render: (_, row) => label(MILESTONE_LABELS[row.code]) },
              {
                title: t('referenceEdit.optional'),
                width: 160,
                render: (_, row) => (
                  <Switch
                    aria-label={`${t('referenceEdit.optional')} ${label(MILESTONE_LABELS[row.code])}`}
                    checked={row.optional}
                    disabled={!canBeOptional(row.code) || setting.loading}
                    onChange={(checked) => void toggle(row, checked)}
                  />
                ),
              },
            ]}
          />
        </Card>
      ))}
    </Flex>
  );
}
