import { Button, Cascader, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import {
  CHANNEL_LABELS,
  CHANNELS,
  MILESTONE_CODES,
  MILESTONE_LABELS,
  PROJECT_HEALTH_LABELS,
  PROJECT_HEALTHS,
  PROJECT_TYPE_LABELS,
  PROJECT_TYPES,
} from '@lianzhao/domain';
import { joinList, OwnerSelect, PartnerSelect, PlaceSelect, useI18n, useReferenceOptions } from '@lianzhao/web-ui';
import { type ProjectUrlKey, type ProjectUrlState } from '../utils/project-filters';

export interface ProjectFiltersBarProps {
  state: ProjectUrlState;
  onChange: (patch: Partial<Record<ProjectUrlKey, string | undefined>>) => void;
  onReset: () => void;
}

function split(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}

/** Every filter of the 项目落地 page; the page keeps them in the URL, shared by list and Gantt. */
export function ProjectFiltersBar({ state, onChange, onReset }: ProjectFiltersBarProps) {
  const { t, label, pick } = useI18n();
  const { industries } = useReferenceOptions();
  const industryPath = [state.industry, state.segment].filter((v): v is string => Boolean(v));
  const range = (from: string | undefined, to: string | undefined) =>
    [from ? dayjs(from) : null, to ? dayjs(to) : null] as [dayjs.Dayjs | null, dayjs.Dayjs | null];

  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={state.q ?? ''}
        defaultValue={state.q}
        placeholder={t('projects.search')}
        aria-label={t('common.search')}
        allowClear
        enterButton
        maxLength={50}
        style={{ width: 280 }}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
      />
      <Select<string[]>
        mode="multiple"
        aria-label={t('projects.health')}
        placeholder={t('projects.allHealths')}
        style={{ minWidth: 150 }}
        value={split(state.health)}
        onChange={(healths) => onChange({ health: joinList(healths) })}
        options={PROJECT_HEALTHS.map((h) => ({ value: h, label: label(PROJECT_HEALTH_LABELS[h]) }))}
      />
      <Select<string>
        allowClear
        aria-label={t('projects.nextMilestone')}
        placeholder={t('projects.allNext')}
        style={{ width: 150 }}
        value={state.next}
        onChange={(next) => onChange({ next: next || undefined })}
        options={MILESTONE_CODES.map((c) => ({ value: c, label: label(MILESTONE_LABELS[c]) }))}
      />
      <Select<string>
        allowClear
        aria-label={t('projects.type')}
        placeholder={t('projects.allTypes')}
        style={{ width: 120 }}
        value={state.type}
        onChange={(type) => onChange({ type: type || undefined })}
        options={PROJECT_TYPES.map((p) => ({ value: p, label: label(PROJECT_TYPE_LABELS[p]) }))}
      />
      <Cascader
        aria-label={t('attribution.segment')}
        placeholder={t('attribution.allIndustries')}
        style={{ width: 200 }}
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
        style={{ minWidth: 150 }}
        maxTagCount={2}
        value={split(state.channel)}
        onChange={(channels) => onChange({ channel: joinList(channels) })}
        options={CHANNELS.map((c) => ({ value: c, label: label(CHANNEL_LABELS[c]) }))}
      />
      <PartnerSelect
        aria-label={t('attribution.sourceOrganization')}
        placeholder={t('attribution.allPartners')}
        style={{ width: 190 }}
        value={state.org}
        onChange={(org) => onChange({ org })}
      />
      <OwnerSelect
        aria-label={t('attribution.owner')}
        placeholder={t('attribution.allOwners')}
        style={{ width: 130 }}
        value={state.owner}
        onChange={(owner) => onChange({ owner })}
      />
      <PlaceSelect
        aria-label={t('attribution.town')}
        placeholder={t('attribution.allTowns')}
        style={{ width: 130 }}
        value={state.town}
        onChange={(town) => onChange({ town })}
      />
      <Input.Search
        key={`park-${state.park ?? ''}`}
        defaultValue={state.park}
        placeholder={t('projects.park')}
        aria-label={t('projects.park')}
        allowClear
        maxLength={100}
        style={{ width: 150 }}
        onSearch={(value) => onChange({ park: value.trim() || undefined })}
      />
      <DatePicker.RangePicker
        aria-label={t('projects.signedRange')}
        placeholder={[t('projects.signedFrom'), t('projects.signedTo')]}
        value={range(state.signedFrom, state.signedTo)}
        allowEmpty={[true, true]}
        onChange={(r) =>
          onChange({ signedFrom: r?.[0]?.format('YYYY-MM-DD'), signedTo: r?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <DatePicker.RangePicker
        aria-label={t('projects.landedRange')}
        placeholder={[t('projects.landedFrom'), t('projects.landedTo')]}
        value={range(state.landedFrom, state.landedTo)}
        allowEmpty={[true, true]}
        onChange={(r) =>
          onChange({ landedFrom: r?.[0]?.format('YYYY-MM-DD'), landedTo: r?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <Button onClick={onReset}>{t('common.resetFilters')}</Button>
    </Space>
  );
}
