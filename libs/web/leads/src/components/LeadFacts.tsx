import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router';
import { CHANNEL_LABELS } from '@lianzhao/domain';
import type { LeadDetailFragment } from '@lianzhao/web-data';
import { amountText, dateText, StageTag, TagList, useI18n } from '@lianzhao/web-ui';

/** The lead's key figures, as a leader would want them at a glance. */
export function LeadFacts({ lead }: { lead: LeadDetailFragment }) {
  const { t, label, pick } = useI18n();
  const decimal = (value: string | null, unit: 'leads.unitMu' | 'leads.unitM2') =>
    value ? `${value} ${t(unit)}` : '—';
  return (
    <Descriptions
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'enterprise',
          label: t('leads.enterprise'),
          children: <Link to={`/enterprises/${lead.enterprise.id}`}>{lead.enterprise.name}</Link>,
        },
        { key: 'stage', label: t('leads.stage'), children: <StageTag stage={lead.stage} /> },
        { key: 'owner', label: t('attribution.owner'), children: lead.owner.displayName },
        {
          key: 'channel',
          label: t('attribution.channel'),
          children: [label(CHANNEL_LABELS[lead.channel]), lead.sourceOrganization?.name, lead.fund?.name]
            .filter(Boolean)
            .join(' · '),
        },
        {
          key: 'segment',
          label: t('attribution.segment'),
          children: `${pick(lead.industry)} / ${pick(lead.segment)}`,
        },
        { key: 'town', label: t('attribution.town'), children: lead.town ? pick(lead.town) : '—' },
        {
          key: 'investment',
          label: t('leads.plannedInvestmentWan'),
          children: amountText(lead.plannedInvestment),
        },
        { key: 'output', label: t('leads.expectedOutputWan'), children: amountText(lead.expectedOutput) },
        {
          key: 'need',
          label: t('leads.siteNeed'),
          children: `${decimal(lead.landNeed, 'leads.unitMu')} / ${decimal(lead.spaceNeed, 'leads.unitM2')}`,
        },
        { key: 'signing', label: t('leads.expectedSigningOn'), children: dateText(lead.expectedSigningOn) },
        {
          key: 'grade',
          label: t('leads.grade'),
          children: lead.grade ? <Tag>{t(`leads.grade.${lead.grade}`)}</Tag> : '—',
        },
        { key: 'tags', label: t('leads.tags'), children: <TagList codes={lead.tagCodes} /> },
        { key: 'notes', label: t('leads.notes'), children: lead.notes ?? '—', span: 'filled' },
      ]}
    />
  );
}
