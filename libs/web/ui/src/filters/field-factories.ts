import type { LocalizedLabel } from '@lianzhao/domain';
import type { MessageKey } from '../i18n/messages';
import type { AmountRangeField, AmountUnit, BooleanField, DateRangeField, TextField } from './filter-fields';

/**
 * The field kinds every list repeats, made here so a list's filters read as a spec: which URL keys,
 * which API fields, which words. Lists still write one-off fields as plain definitions.
 */

/** The values a select offers with their names from the domain's label table (no per-list cast). */
export function choices<V extends string>(
  values: readonly V[],
  labels: Readonly<Record<V, LocalizedLabel>>,
): { values: readonly V[]; optionLabel: (value: string) => LocalizedLabel } {
  return { values, optionLabel: (value) => labels[value as V] };
}

/** A list's main search box (`q` → `search`): trimmed, at most 50 characters, with a search button. */
export function searchField<K extends string, F extends { search?: string | null }>(
  placeholder: MessageKey,
  width: number,
): TextField<K | 'q', F> {
  return {
    kind: 'text',
    key: 'q',
    to: 'search',
    label: 'common.search',
    placeholder,
    enterButton: true,
    maxLength: 50,
    style: { width },
  };
}

/** A from–to date range; `more` puts it behind 更多筛选. */
export function dateRangeField<K extends string, F>(
  keys: readonly [from: K, to: K],
  to: readonly [keyof F & string, keyof F & string],
  label: MessageKey,
  placeholders: readonly [MessageKey, MessageKey],
  more?: boolean,
): DateRangeField<K, F> {
  return { kind: 'dateRange', keys, to, label, placeholders, ...(more && { more }) };
}

/** A min–max range in 万元 (`money`) or 亩 / m² (`area`); behind 更多筛选 unless `more` is false. */
export function amountRangeField<K extends string, F>(
  keys: readonly [min: K, max: K],
  to: readonly [keyof F & string, keyof F & string],
  unit: AmountUnit,
  label: MessageKey,
  more = true,
): AmountRangeField<K, F> {
  return { kind: 'amountRange', keys, to, unit, label, ...(more && { more }) };
}

/** 状态 as 全部 / 启用 / 已停用 (`active` → `active`), for lists of things that can be switched off. */
export function activeField<K extends string, F extends { active?: boolean | null }>(
  width?: number,
): BooleanField<K | 'active', F> {
  return {
    kind: 'boolean',
    key: 'active',
    to: 'active',
    label: 'common.status',
    allOption: 'common.allStatus',
    trueOption: 'common.active',
    falseOption: 'common.inactive',
    ...(width !== undefined && { style: { width } }),
  };
}
