import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FundOptionsDocument } from '@lianzhao/web-data';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

export interface FundOption {
  id: string;
  name: string;
  manager: { id: string; name: string };
}

export interface FundSelectProps extends OptionsSelectBaseProps {
  /** The fund already recorded, kept as an option while other searches run. */
  current?: { id: string; name: string } | null;
  /** Reports the chosen fund with its manager (a 资本招商 lead's source organisation). */
  onFund?: (fund: FundOption | undefined) => void;
}

/** Funds (基金), searched on the server by name as the user types. */
export function FundSelect({ current, onFund, onChange, ...props }: FundSelectProps) {
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(FundOptionsDocument, { variables: { search: search || undefined } });
  const funds = (data?.funds.edges ?? []).map(({ node }) => node);
  return (
    <OptionsSelect
      {...props}
      options={funds.map((f) => ({ value: f.id, label: f.name }))}
      loading={loading}
      current={current && { value: current.id, label: current.name }}
      onSearch={setSearch}
      onChange={(id) => {
        onChange?.(id);
        onFund?.(funds.find((f) => f.id === id));
      }}
    />
  );
}
