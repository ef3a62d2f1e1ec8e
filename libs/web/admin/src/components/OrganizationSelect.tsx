import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { OrganizationOptionsDocument } from '@lianzhao/web-data';

export interface OrganizationSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** The organisation already chosen, kept as an option even if it is no longer active. */
  current?: { id: string; name: string } | null;
  placeholder?: string;
}

/** Active partner organisations, searched on the server as the user types. */
export function OrganizationSelect({ id, value, onChange, current, placeholder }: OrganizationSelectProps) {
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
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  );
}
