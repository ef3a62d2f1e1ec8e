import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { InvestmentRowFragment } from '@lianzhao/web-data';
import { MilestoneProgress } from '@lianzhao/web-projects';
import { StageTag, useI18n } from '@lianzhao/web-ui';

/**
 * Where the company's landing stands: landed (工商注册 date) or not yet, with the tracking
 * project's milestone bar; before signing, the stage of the lead that tracks it.
 */
export function LandingStatus({ investment: i }: { investment: InvestmentRowFragment }) {
  const { t } = useI18n();
  // The investment's own project (a subsidiary's), else its lead's once signed, as the figures read it.
  const project = i.project ?? i.lead?.project;
  if (project) {
    return (
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <Link to={`/projects/${project.id}`}>{project.name}</Link>
          {project.landedOn ? (
            <Tag color="green" data-testid="landing-status" data-landed="true">
              {t('funds.landedOn', { date: project.landedOn })}
            </Tag>
          ) : (
            <Tag color="orange" data-testid="landing-status" data-landed="false">
              {t('funds.notLanded')}
            </Tag>
          )}
          {project.enterprise.id !== i.enterpriseId && (
            <Typography.Text type="secondary">
              {t('funds.subsidiaryOf', { name: project.enterprise.name })}
            </Typography.Text>
          )}
        </Flex>
        <MilestoneProgress milestones={project.milestones} />
      </Flex>
    );
  }
  if (i.lead) {
    return (
      <Flex gap={8} align="center" wrap>
        <Link to={`/leads/${i.lead.id}`}>{i.lead.projectName}</Link>
        <StageTag stage={i.lead.stage} />
        <Tag color="orange" data-testid="landing-status" data-landed="false">
          {t('funds.notLanded')}
        </Tag>
      </Flex>
    );
  }
  return <Typography.Text type="secondary">{t('funds.untracked')}</Typography.Text>;
}
