import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FundManagerOptionsDocument } from '@lianzhao/web-data';
import { OptionsSelect, type OptionsSelectBaseProps } from '@lianzhao/web-ui';

export interface FundManagerSelectProps extends OptionsSelectBaseProps {
  current?: { id: string; name: string } | null;
}

/** 基金管理人: active partner organisations of kind FUND_MANAGER, searched on the server. */
export function FundManagerSelect({ current, ...props }: FundManagerSelectProps) {
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(FundManagerOptionsDocument, {
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
