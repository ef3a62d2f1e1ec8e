import { useQuery } from '@apollo/client/react';
import { ParkOptionsDocument } from '@lianzhao/web-data';
import { useI18n } from '../hooks/useI18n';
import { offered } from '../hooks/useReferenceOptions';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

export interface ParkSelectProps extends OptionsSelectBaseProps {
  /**
   * The town chosen beside it: only its parks and those in no town are offered, as the server
   * allows. Unset (a filter, a form without a town), every park is offered.
   */
  townCode?: string | null;
}

/** 园区 from the reference data, in the admin's order; a retired one only where already chosen. */
export function ParkSelect({ townCode, ...props }: ParkSelectProps) {
  const { pick } = useI18n();
  const { data, loading } = useQuery(ParkOptionsDocument, { fetchPolicy: 'cache-first' });
  const parks = [...(data?.parks ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const inTown = offered(parks, props.value).filter(
    (p) => p.code === props.value || !townCode || !p.townCode || p.townCode === townCode,
  );
  return (
    <OptionsSelect {...props} options={inTown.map((p) => ({ value: p.code, label: pick(p) }))} loading={loading} />
  );
}
