import { useI18n } from '../hooks/useI18n';
import { offered, useReferenceOptions } from '../hooks/useReferenceOptions';
import { OptionsSelect, type OptionsSelectBaseProps } from './OptionsSelect';

export type PlaceSelectProps = OptionsSelectBaseProps;

/** 镇、街道与功能区 from the reference data. */
export function PlaceSelect(props: PlaceSelectProps) {
  const { pick } = useI18n();
  const { places, loading } = useReferenceOptions();
  return (
    <OptionsSelect
      {...props}
      options={offered(places, props.value).map((p) => ({ value: p.code, label: pick(p) }))}
      loading={loading}
    />
  );
}
