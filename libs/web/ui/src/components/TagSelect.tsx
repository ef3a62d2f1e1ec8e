import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { ENTERPRISE_TAG_GROUPS, TAG_GROUP_LABELS, type TagGroup } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';
import { offered, useReferenceOptions } from '../hooks/useReferenceOptions';

export interface TagSelectProps {
  id?: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
  placeholder?: string;
  /** Which tag groups are offered: an enterprise's by default, a lead's own (LEAD_TAG_GROUPS) on leads. */
  groups?: readonly TagGroup[];
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Tags of the reference data, grouped as it groups them; retired ones only where already chosen. */
export function TagSelect({
  id,
  value,
  onChange,
  placeholder,
  groups = ENTERPRISE_TAG_GROUPS,
  style,
  'aria-label': ariaLabel,
}: TagSelectProps) {
  const { pick, label } = useI18n();
  const { tags, loading } = useReferenceOptions();
  const grouped = groups.map((group) => ({
    label: label(TAG_GROUP_LABELS[group]),
    options: offered(tags, value)
      .filter((tag) => tag.group === group)
      .map((tag) => ({ value: tag.code, label: pick(tag) })),
  }));
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      aria-label={ariaLabel}
      loading={loading}
      placeholder={placeholder}
      style={style}
      value={value}
      onChange={(codes) => onChange?.(codes)}
      showSearch={{ optionFilterProp: 'label' }}
      // One group needs no heading.
      options={grouped.length === 1 ? grouped[0].options : grouped}
    />
  );
}
