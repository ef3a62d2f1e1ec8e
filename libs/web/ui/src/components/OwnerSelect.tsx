import type { CSSProperties } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { OwnerOptionsDocument } from '@lianzhao/web-data';

export interface OwnerSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** The owner already recorded, kept as an option even if no longer active. */
  current?: { id: string; displayName: string } | null;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Active officers (and administrators), the people the server accepts as a lead's owner. */
export function OwnerSelect({ id, value, onChange, current, placeholder, style, ...rest }: OwnerSelectProps) {
  const { data, loading } = useQuery(OwnerOptionsDocument);
  const owners = (data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((u) => u.role === 'OFFICER' || u.role === 'ADMIN')
    .map((u) => ({ value: u.id, label: u.displayName }));
  if (current && !owners.some((o) => o.value === current.id))
    owners.unshift({ value: current.id, label: current.displayName });
  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      style={style}
      allowClear
      loading={loading}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next || undefined)}
      options={owners}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
