import type { CSSProperties, ReactNode } from 'react';
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Cascader, DatePicker, Flex, Form, Input, Popover, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { OwnerSelect } from '../components/OwnerSelect';
import { PartnerSelect } from '../components/PartnerSelect';
import { MilestoneSelect } from '../components/MilestoneSelect';
import { ParkSelect } from '../components/ParkSelect';
import { PlaceSelect } from '../components/PlaceSelect';
import { TagSelect } from '../components/TagSelect';
import type { SelectOption } from '../components/OptionsSelect';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../hooks/useI18n';
import { useReferenceOptions } from '../hooks/useReferenceOptions';
import { AmountRangeFilter } from './AmountRangeFilter';
import {
  fieldKeys,
  splitList,
  writeUrl,
  type FilterField,
  type FilterPatch,
  type FilterState,
} from './filter-fields';

export interface FilterBarProps<K extends string, F> {
  fields: readonly FilterField<K, F>[];
  /** What the URL says (the controls show it as written). */
  state: FilterState<K>;
  onChange: (patch: FilterPatch<K>) => void;
  onReset: () => void;
  /** The page's own filter controls (a fund or manager picker), after the fields and before 更多筛选. */
  controls?: ReactNode;
  /** Buttons after 重置筛选 (e.g. 刷新). */
  extra?: ReactNode;
  /** Leave out 重置筛选 (a bar of one search box). */
  noReset?: boolean;
  /** Replaces the bar's own style (a bottom margin), e.g. inside a card header. */
  style?: CSSProperties;
}

function FieldControl<K extends string, F>({
  field,
  state,
  onChange,
}: {
  field: FilterField<K, F>;
  state: FilterState<K>;
  onChange: (patch: FilterPatch<K>) => void;
}) {
  const { t, label, pick } = useI18n();
  const { industries } = useReferenceOptions();
  const set = (key: K, value: string | undefined) => onChange({ [key]: value } as FilterPatch<K>);
  const placeholder = field.placeholder && t(field.placeholder);
  /** A single choice whose explicit "all" is the empty value, listed first. */
  const allOrOne = (
    key: K,
    allOption: MessageKey,
    options: readonly SelectOption[],
    write: (value: string) => string | undefined,
  ) => (
    <Select<string>
      aria-label={t(field.label)}
      style={field.style}
      value={state[key] ?? ''}
      onChange={(value) => set(key, write(value))}
      options={[{ value: '', label: t(allOption) }, ...options]}
    />
  );
  switch (field.kind) {
    case 'text':
      return (
        <Input.Search
          key={`${field.key}-${state[field.key] ?? ''}`}
          defaultValue={state[field.key]}
          placeholder={placeholder}
          aria-label={t(field.label)}
          allowClear
          enterButton={field.enterButton}
          maxLength={field.maxLength}
          style={field.style}
          onSearch={(value) => set(field.key, writeUrl.text(value))}
        />
      );
    case 'select': {
      const options = field.values.map((value) => ({
        value,
        label: field.optionLabel ? label(field.optionLabel(value)) : value,
      }));
      if (field.multiple)
        return (
          <Select<string[]>
            mode="multiple"
            aria-label={t(field.label)}
            placeholder={placeholder}
            style={field.style}
            maxTagCount={field.maxTagCount}
            value={splitList(state[field.key])}
            onChange={(values) => set(field.key, writeUrl.list(values))}
            options={options}
          />
        );
      if (field.allOption) {
        const all = [{ value: '', label: t(field.allOption) }, ...options];
        return field.segmented ? (
          // On a phone the choices scroll inside their own strip instead of widening the page.
          <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
            <Segmented<string>
              aria-label={t(field.label)}
              style={field.style}
              value={state[field.key] ?? ''}
              onChange={(value) => set(field.key, writeUrl.one(value))}
              options={all}
            />
          </div>
        ) : (
          allOrOne(field.key, field.allOption, options, writeUrl.one)
        );
      }
      return (
        <Select<string>
          allowClear
          aria-label={t(field.label)}
          placeholder={placeholder}
          style={field.style}
          value={state[field.key]}
          onChange={(value) => set(field.key, writeUrl.one(value))}
          options={options}
        />
      );
    }
    case 'segment': {
      const [industryKey, segmentKey] = field.keys;
      const path = [state[industryKey], state[segmentKey]].filter((v): v is string => Boolean(v));
      return (
        <Cascader
          aria-label={t(field.label)}
          placeholder={placeholder}
          style={field.style}
          changeOnSelect
          value={path.length ? path : undefined}
          onChange={(next) =>
            onChange({
              [industryKey]: writeUrl.one(next?.[0] ? String(next[0]) : undefined),
              [segmentKey]: writeUrl.one(next?.[1] ? String(next[1]) : undefined),
            } as FilterPatch<K>)
          }
          options={industries.map((i) => ({
            value: i.code,
            label: pick(i),
            children: i.segments.map((s) => ({ value: s.code, label: pick(s) })),
          }))}
        />
      );
    }
    case 'industry':
      return allOrOne(
        field.key,
        field.allOption,
        industries.map((i) => ({ value: i.code, label: pick(i) })),
        writeUrl.one,
      );
    case 'place':
    case 'park':
    case 'owner':
    case 'partner':
    case 'milestone': {
      const Picker = {
        place: PlaceSelect,
        park: ParkSelect,
        owner: OwnerSelect,
        partner: PartnerSelect,
        milestone: MilestoneSelect,
      }[field.kind];
      return (
        <Picker
          aria-label={t(field.label)}
          placeholder={placeholder}
          style={field.style}
          value={state[field.key]}
          onChange={(value) => set(field.key, writeUrl.one(value))}
        />
      );
    }
    case 'tags':
      return (
        <TagSelect
          aria-label={t(field.label)}
          placeholder={placeholder}
          style={field.style}
          groups={field.groups}
          value={splitList(state[field.key])}
          onChange={(codes) => set(field.key, writeUrl.list(codes))}
        />
      );
    case 'dateRange': {
      const [fromKey, toKey] = field.keys;
      const from = state[fromKey];
      const to = state[toKey];
      return (
        <DatePicker.RangePicker
          aria-label={t(field.label)}
          placeholder={[t(field.placeholders[0]), t(field.placeholders[1])]}
          style={field.style}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            onChange({
              [fromKey]: writeUrl.date(range?.[0]),
              [toKey]: writeUrl.date(range?.[1]),
            } as FilterPatch<K>)
          }
        />
      );
    }
    case 'amountRange': {
      const [minKey, maxKey] = field.keys;
      return (
        <AmountRangeFilter
          label={t(field.label)}
          kind={field.unit}
          min={state[minKey]}
          max={state[maxKey]}
          onChange={(min, max) => onChange({ [minKey]: min, [maxKey]: max } as FilterPatch<K>)}
        />
      );
    }
    case 'boolean':
      return allOrOne(
        field.key,
        field.allOption,
        [
          { value: 'true', label: t(field.trueOption) },
          { value: 'false', label: t(field.falseOption) },
        ],
        writeUrl.boolean,
      );
  }
}

/**
 * A list's filter bar drawn from its field definitions; the page keeps the values in the URL.
 * Fields marked `more` sit behind 更多筛选, whose button counts how many of them are set.
 */
export function FilterBar<K extends string, F>({
  fields,
  state,
  onChange,
  onReset,
  controls,
  extra,
  noReset,
  style = { marginBottom: 16 },
}: FilterBarProps<K, F>) {
  const { t } = useI18n();
  const onBar = fields.filter((f) => !f.more);
  const more = fields.filter((f) => f.more);
  const moreSet = more.flatMap((f) => fieldKeys(f)).filter((key) => state[key]).length;
  const fieldId = (field: FilterField<K, F>) => fieldKeys(field).join('-');
  return (
    // Flex, not Space: its items can be held to the bar's width (a long Segmented scrolls inside).
    <Flex wrap gap="small" align="center" style={style}>
      {onBar.map((field) => (
        <FieldControl key={fieldId(field)} field={field} state={state} onChange={onChange} />
      ))}
      {controls}
      {more.length > 0 && (
        <Popover
          trigger="click"
          placement="bottomRight"
          title={t('filters.more')}
          content={
            <Form layout="vertical" style={{ width: 300 }} component="div">
              {more.map((field) => (
                <Form.Item key={fieldId(field)} label={t(field.label)} style={{ marginBottom: 12 }}>
                  <FieldControl field={field} state={state} onChange={onChange} />
                </Form.Item>
              ))}
            </Form>
          }
        >
          <Badge count={moreSet} size="small">
            <Button icon={<FilterOutlined />}>{t('filters.more')}</Button>
          </Badge>
        </Popover>
      )}
      {!noReset && <Button onClick={onReset}>{t('common.resetFilters')}</Button>}
      {extra}
    </Flex>
  );
}
