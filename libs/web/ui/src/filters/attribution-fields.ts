import { CHANNEL_LABELS, CHANNELS, type Channel } from '@lianzhao/domain';
import { choices } from './field-factories';
import type { FilterField } from './filter-fields';

/** The URL keys of the attribution filters, the same on every list that has them. */
export const ATTRIBUTION_URL_KEYS = ['industry', 'segment', 'channel', 'org', 'owner', 'town'] as const;
export type AttributionUrlKey = (typeof ATTRIBUTION_URL_KEYS)[number];

/** The API filter fields the attribution filters fill (leads, projects; funds and the cockpit next); ids are GraphQL `ID`s. */
export interface AttributionFilter {
  industryCode?: string | null;
  segmentCode?: string | null;
  channels?: Channel[] | null;
  sourceOrganizationId?: string | number | null;
  ownerId?: string | number | null;
  townCode?: string | null;
}

/**
 * The attribution filters (产业 / 细分赛道, 招商渠道, 来源机构, 负责人, 镇街) as one set of field
 * definitions, placed by each list among its own fields.
 */
export function attributionFields<K extends string, F extends AttributionFilter>(): FilterField<
  K | AttributionUrlKey,
  F
>[] {
  return [
    {
      kind: 'segment',
      keys: ['industry', 'segment'],
      to: ['industryCode', 'segmentCode'],
      label: 'attribution.segment',
      placeholder: 'attribution.allIndustries',
      style: { width: 220 },
    },
    {
      kind: 'select',
      key: 'channel',
      to: 'channels',
      multiple: true,
      ...choices(CHANNELS, CHANNEL_LABELS),
      label: 'attribution.channel',
      placeholder: 'attribution.allChannels',
      maxTagCount: 2,
      style: { minWidth: 160 },
    },
    {
      kind: 'partner',
      key: 'org',
      to: 'sourceOrganizationId',
      label: 'attribution.sourceOrganization',
      placeholder: 'attribution.allPartners',
      style: { width: 200 },
    },
    {
      kind: 'owner',
      key: 'owner',
      to: 'ownerId',
      label: 'attribution.owner',
      placeholder: 'attribution.allOwners',
      style: { width: 140 },
    },
    {
      kind: 'place',
      key: 'town',
      to: 'townCode',
      label: 'attribution.town',
      placeholder: 'attribution.allTowns',
      style: { width: 140 },
    },
  ];
}
