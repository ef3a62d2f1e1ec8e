import { useState, type CSSProperties } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { OrganizationOptionsDocument } from '@lianzhao/web-data';

export interface PartnerSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** The organisation already recorded, kept as an option even if since deactivated. */
  current?: { id: string; name: string } | null;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/** Partner organisations (来源机构), searched on the server as the user types. */
export function PartnerSelect({
  id,
  value,
  onChange,
  current,
  placeholder,
  style,
  ...rest
}: PartnerSelectProps) {
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(OrganizationOptionsDocument, {
    variables: { search: search || undefined },
  });
  const options = (data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
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
      options={options}
      showSearch={{ filterOption: false, onSearch: (text) => setSearch(text.trim()) }}
    />
  );
}
