import { useQuery } from '@apollo/client/react';
import { OwnerOptionsDocument } from '@lianzhao/web-data';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

export interface OwnerSelectProps extends OptionsSelectBaseProps {
  /** The owner already recorded, kept as an option even if no longer active. */
  current?: { id: string; displayName: string } | null;
}

/** Active officers (and administrators), the people the server accepts as a lead's owner. */
export function OwnerSelect({ current, ...props }: OwnerSelectProps) {
  const { data, loading } = useQuery(OwnerOptionsDocument);
  const owners = (data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((u) => u.role === 'OFFICER' || u.role === 'ADMIN')
    .map((u) => ({ value: u.id, label: u.displayName }));
  return (
    <OptionsSelect
      {...props}
      options={owners}
      loading={loading}
      current={current && { value: current.id, label: current.displayName }}
    />
  );
}
