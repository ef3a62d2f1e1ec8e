import { CHANNEL_LABELS, moneyLabel, type Channel } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';
import { amountText, dateText } from '../utils/format';
import type { ConnectionColumn } from './ConnectionTable';

interface Named {
  name: string;
  nameEn: string;
}

/**
 * The columns every attributed list shows alike (产业 / 细分赛道, 招商渠道, 负责人, 镇街) and the
 * money (万元) and date columns, in the current language; a list places them among its own.
 */
export function useColumns() {
  const { t, label, pick, locale } = useI18n();
  return {
    segment: <R extends { industry: Named; segment: Named }>(): ConnectionColumn<R, never> => ({
      title: t('attribution.segment'),
      render: (_, r) => `${pick(r.industry)} / ${pick(r.segment)}`,
    }),
    channel: <R extends { channel: Channel }>(): ConnectionColumn<R, never> => ({
      title: t('attribution.channel'),
      render: (_, r) => label(CHANNEL_LABELS[r.channel]),
    }),
    owner: <R extends { owner: { displayName: string } }>(): ConnectionColumn<R, never> => ({
      title: t('attribution.owner'),
      render: (_, r) => r.owner.displayName,
    }),
    town: <R extends { town?: Named | null }>(): ConnectionColumn<R, never> => ({
      title: t('attribution.town'),
      render: (_, r) => (r.town ? pick(r.town) : '—'),
    }),
    /** An amount in 万元, right-aligned, the unit in its title (计划投资（万元）); sortable when given the API order field. */
    money: <R, S extends string = string>(
      name: string,
      value: (row: R) => string | null | undefined,
      sortField?: S,
    ): ConnectionColumn<R, S> => ({
      sortField,
      title: moneyLabel(name, 'WAN', locale),
      align: 'right',
      render: (_, r) => amountText(value(r)),
    }),
    /** A calendar date (YYYY-MM-DD) or —; sortable when given the API order field. */
    date: <R, S extends string = string>(
      title: string,
      value: (row: R) => string | null | undefined,
      sortField?: S,
    ): ConnectionColumn<R, S> => ({ sortField, title, render: (_, r) => dateText(value(r)) }),
  };
}
