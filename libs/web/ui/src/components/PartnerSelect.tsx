import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { OrganizationOptionsDocument } from '@lianzhao/web-data';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

export interface PartnerSelectProps extends OptionsSelectBaseProps {
  /** The organisation already recorded, kept as an option even if since deactivated. */
  current?: { id: string; name: string } | null;
}

/** Partner organisations (来源机构), searched on the server as the user types. */
export function PartnerSelect({ current, ...props }: PartnerSelectProps) {
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(OrganizationOptionsDocument, {
    variables: { search: search || undefined },
  });
  const options = (data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  return (
    <OptionsSelect
      {...props}
      options={options}
      loading={loading}
      current={current && { value: current.id, label: current.name }}
      onSearch={setSearch}
    />
  );
}
