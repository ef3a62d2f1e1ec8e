import { useQuery } from '@apollo/client/react';
import { OwnerOptionsDocument } from '@lianzhao/web-data';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

export interface OwnerSelectProps extends OptionsSelectBaseProps {
  /** The owner already recorded, kept as an option even if no longer active. */
  current?: { id: string; displayName: string } | null;
}

/**
 * The people the server accepts as a lead's owner, as options: officers first (they own leads;
 * an administrator rarely does), each group in the order given.
 */
export function ownerOptions(
  users: readonly { id: string; displayName: string; role: string }[],
): { value: string; label: string }[] {
  const officers = users.filter((u) => u.role === 'OFFICER');
  const admins = users.filter((u) => u.role === 'ADMIN');
  return [...officers, ...admins].map((u) => ({ value: u.id, label: u.displayName }));
}

/** Active officers (and administrators), the people the server accepts as a lead's owner. */
export function OwnerSelect({ current, ...props }: OwnerSelectProps) {
  const { data, loading } = useQuery(OwnerOptionsDocument);
  const owners = ownerOptions((data?.users.edges ?? []).map((e) => e.node));
  return (
    <OptionsSelect
      {...props}
      options={owners}
      loading={loading}
      current={current && { value: current.id, label: current.displayName }}
    />
  );
}
