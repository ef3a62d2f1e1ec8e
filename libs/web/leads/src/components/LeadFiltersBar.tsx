import { Button, Cascader, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { CHANNEL_LABELS, CHANNELS, LEAD_GRADES, LEAD_STAGE_LABELS } from '@lianzhao/domain';
import { joinList, PlaceSelect, useI18n, useReferenceOptions } from '@lianzhao/web-ui';
import { BOARD_STAGES } from '../utils/board';
import { type LeadUrlKey, type LeadUrlState } from '../utils/lead-filters';
import { MoreLeadFilters } from './MoreLeadFilters';
import { OwnerSelect } from '@lianzhao/web-ui';
import { PartnerSelect } from '@lianzhao/web-ui';

export interface LeadFiltersBarProps {
  state: LeadUrlState;
  onChange: (patch: Partial<Record<LeadUrlKey, string | undefined>>) => void;
  onReset: () => void;
}

function split(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}

/** Every filter of the pipeline; the page keeps them in the URL, shared by board and table. */
export function LeadFiltersBar({ state, onChange, onReset }: LeadFiltersBarProps) {
  const { t, label, pick } = useI18n();
  const { industries } = useReferenceOptions();
  const industryPath = [state.industry, state.segment].filter((v): v is string => Boolean(v));

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={state.q ?? ''}
        defaultValue={state.q}
        placeholder={t('leads.search')}
        aria-label={t('common.search')}
        allowClear
        enterButton
        maxLength={50}
        style={{ width: 300 }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<string[]>
        mode="multiple"
        aria-label={t('leads.stage')}
        placeholder={t('leads.allStages')}
        style={{ minWidth: 160 }}
        maxTagCount={2}
        value={split(state.stage)}
        onChange={(stages) => onChange({ stage: joinList(stages) })}
        options={BOARD_STAGES.map((s) => ({ value: s, label: label(LEAD_STAGE_LABELS[s]) }))}
      />
      <Cascader
        aria-label={t('attribution.segment')}
        placeholder={t('attribution.allIndustries')}
        style={{ width: 220 }}
        changeOnSelect
        value={industryPath.length ? industryPath : undefined}
        onChange={(path) =>
          onChange({
            industry: path?.[0] ? String(path[0]) : undefined,
            segment: path?.[1] ? String(path[1]) : undefined,
          })
        }
        options={industries.map((i) => ({
          value: i.code,
          label: pick(i),
          children: i.segments.map((s) => ({ value: s.code, label: pick(s) })),
        }))}
      />
      <Select<string[]>
        mode="multiple"
        aria-label={t('attribution.channel')}
        placeholder={t('attribution.allChannels')}
        style={{ minWidth: 160 }}
        maxTagCount={2}
        value={split(state.channel)}
        onChange={(channels) => onChange({ channel: joinList(channels) })}
        options={CHANNELS.map((c) => ({ value: c, label: label(CHANNEL_LABELS[c]) }))}
      />
      <PartnerSelect
        aria-label={t('attribution.sourceOrganization')}
        placeholder={t('attribution.allPartners')}
        style={{ width: 200 }}
        value={state.org}
        onChange={(org) => onChange({ org })}
      />
      <OwnerSelect
        aria-label={t('attribution.owner')}
        placeholder={t('attribution.allOwners')}
        style={{ width: 140 }}
        value={state.owner}
        onChange={(owner) => onChange({ owner })}
      />
      <PlaceSelect
        aria-label={t('attribution.town')}
        placeholder={t('attribution.allTowns')}
        style={{ width: 140 }}
        value={state.town}
        onChange={(town) => onChange({ town })}
      />
      <Select<string[]>
        mode="multiple"
        aria-label={t('leads.grade')}
        placeholder={t('leads.allGrades')}
        style={{ minWidth: 120 }}
        value={split(state.grade)}
        onChange={(grades) => onChange({ grade: joinList(grades) })}
        options={LEAD_GRADES.map((g) => ({ value: g, label: g }))}
      />
      <DatePicker.RangePicker
        aria-label={t('leads.createdRange')}
        placeholder={[t('leads.createdFrom'), t('leads.createdTo')]}
        value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <MoreLeadFilters state={state} onChange={onChange} />
      <Button onClick={onReset}>{t('common.resetFilters')}</Button>
    </Space>
  );
}
