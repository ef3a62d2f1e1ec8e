import type { CSSProperties } from 'react';
import { Select } from 'antd';
import { useI18n } from '../hooks/useI18n';
import { useReferenceOptions } from '../hooks/useReferenceOptions';

export interface PlaceSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** 镇、街道与功能区 from the reference data. */
export function PlaceSelect({ id, value, onChange, placeholder, style, ...rest }: PlaceSelectProps) {
  const { pick } = useI18n();
  const { places, loading } = useReferenceOptions();
  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      allowClear
      loading={loading}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(code) => onChange?.(code || undefined)}
      options={places.map((p) => ({ value: p.code, label: pick(p) }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
