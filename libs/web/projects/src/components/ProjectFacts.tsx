import { Descriptions } from 'antd';
import { Link } from 'react-router';
import {
  CHANNEL_LABELS,
  PROJECT_TYPE_LABELS,
  SITE_SUPPLY_MODE_LABELS,
  SPACE_TENURE_LABELS,
} from '@lianzhao/domain';
import type { ProjectDetailFragment } from '@lianzhao/web-data';
import { amountText, dateText, useI18n } from '@lianzhao/web-ui';

/** 关键指标: money in 万元/亿元, the site, jobs, where it came from. */
export function ProjectFacts({ project: p }: { project: ProjectDetailFragment }) {
  const { t, label, pick } = useI18n();
  const site = [
    p.landArea ? t('projects.landArea', { area: p.landArea }) : null,
    p.siteSupplyMode ? label(SITE_SUPPLY_MODE_LABELS[p.siteSupplyMode]) : null,
    p.spaceArea ? t('projects.spaceArea', { area: p.spaceArea }) : null,
    p.spaceTenure ? label(SPACE_TENURE_LABELS[p.spaceTenure]) : null,
    p.industrialHighRise ? t('projects.highRise') : null,
  ].filter(Boolean);
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
      <Descriptions.Item label={t('projects.enterprise')}>
        <Link to={`/enterprises/${p.enterprise.id}`}>{p.enterprise.name}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.type')}>{label(PROJECT_TYPE_LABELS[p.type])}</Descriptions.Item>
      <Descriptions.Item label={t('projects.lead')}>
        {p.lead ? <Link to={`/leads/${p.lead.id}`}>{p.lead.projectName}</Link> : t('projects.noLead')}
      </Descriptions.Item>
      <Descriptions.Item
        label={t('attribution.segment')}
      >{`${pick(p.industry)} / ${pick(p.segment)}`}</Descriptions.Item>
      <Descriptions.Item label={t('attribution.channel')}>
        {label(CHANNEL_LABELS[p.channel])}
      </Descriptions.Item>
      <Descriptions.Item label={t('attribution.sourceOrganization')}>
        {p.sourceOrganization?.name ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('attribution.owner')}>{p.owner.displayName}</Descriptions.Item>
      <Descriptions.Item label={t('attribution.town')}>{p.town ? pick(p.town) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('projects.park')}>{p.park ? pick(p.park) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('projects.signedOn')}>{dateText(p.signedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('projects.landedOn')}>{dateText(p.landedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('projects.wan', { field: t('projects.contractInvestment') })}>
        {amountText(p.contractInvestment)}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.wan', { field: t('projects.registeredCapital') })}>
        {amountText(p.registeredCapital)}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.wan', { field: t('projects.plannedFixedAssetInvestment') })}>
        {amountText(p.plannedFixedAssetInvestment)}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.wan', { field: t('projects.actualFixedAssetInvestment') })}>
        {amountText(p.actualFixedAssetInvestment)}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.wan', { field: t('projects.expectedOutput') })}>
        {amountText(p.expectedOutput)}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.wan', { field: t('projects.expectedTax') })}>
        {amountText(p.expectedTax)}
      </Descriptions.Item>
      <Descriptions.Item label={t('projects.site')}>{site.length ? site.join(' · ') : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('projects.jobsPlanned')}>
        {p.jobsPlanned !== null ? t('projects.jobsValue', { count: p.jobsPlanned }) : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
