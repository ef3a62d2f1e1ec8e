import { Select } from 'antd';
import { TAG_GROUP_LABELS, TAG_GROUPS } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';
import { offered, useReferenceOptions } from '../hooks/useReferenceOptions';

export interface TagSelectProps {
  id?: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
  placeholder?: string;
}

/** Enterprise and industry tags, grouped as the reference data groups them. */
export function TagSelect({ id, value, onChange, placeholder }: TagSelectProps) {
  const { pick, label } = useI18n();
  const { tags, loading } = useReferenceOptions();
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      loading={loading}
      placeholder={placeholder}
      value={value}
      onChange={(codes) => onChange?.(codes)}
      showSearch={{ optionFilterProp: 'label' }}
      options={TAG_GROUPS.map((group) => ({
        label: label(TAG_GROUP_LABELS[group]),
        options: offered(tags, value)
          .filter((tag) => tag.group === group)
          .map((tag) => ({ value: tag.code, label: pick(tag) })),
      }))}
    />
  );
}
