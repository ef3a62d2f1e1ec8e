import { Select } from 'antd';
import { offered, useI18n, useReferenceOptions } from '@lianzhao/web-ui';

export interface FocusSegmentsSelectProps {
  id?: string;
  value?: string[];
  onChange?: (codes: string[]) => void;
}

/** 投资方向: several 细分赛道, grouped by 产业, from the reference data. */
export function FocusSegmentsSelect({ id, value, onChange }: FocusSegmentsSelectProps) {
  const { pick } = useI18n();
  const { industries, loading } = useReferenceOptions();
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      loading={loading}
      value={value}
      onChange={(codes) => onChange?.(codes)}
      showSearch={{ optionFilterProp: 'label' }}
      options={industries.flatMap((i) => {
        const segments = offered(i.segments, value);
        return segments.length ? [{ label: pick(i), options: segments.map((s) => ({ value: s.code, label: pick(s) })) }] : [];
      })}
    />
  );
}
