import { PartnerSelect, type PartnerSelectProps } from '@lianzhao/web-ui';

export type OrganizationSelectProps = Omit<PartnerSelectProps, 'allowClear'>;

/** A partner user's organisation: the partner select without a clear button, as the form requires one. */
export function OrganizationSelect(props: OrganizationSelectProps) {
  return <PartnerSelect {...props} allowClear={false} />;
}
