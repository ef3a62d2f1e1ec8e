import type { CSSProperties } from 'react';
import {
  areaProblem,
  compareDecimals,
  MILESTONE_CODES,
  parseWanYuan,
  REFERENCE_CODE_PATTERN,
  type LocalizedLabel,
  type TagGroup,
} from '@lianzhao/domain';
import type { MessageKey } from '../i18n/messages';
import { joinList, urlDate, urlList, urlOne, withoutUnset } from '../utils/url-values';

/**
 * A list's filters as data: each field names its URL key(s), the API filter field(s) it fills and
 * how it is shown. `filterFromUrl` reads a query string into the API filter and `FilterBar` draws
 * the controls and writes their changes back, so every kind is parsed and serialised in one place.
 */

/** 万元 amounts take the money parser alone; 亩 and m² also the area limits, as the server checks them. */
export type AmountUnit = 'money' | 'area';

interface FieldBase {
  /** Names the control for screen readers (and titles it behind 更多筛选). */
  label: MessageKey;
  placeholder?: MessageKey;
  style?: CSSProperties;
  /** Shown behind 更多筛选 rather than on the bar. */
  more?: boolean;
}

/** Free text (search box): trimmed, empty means unset. */
export interface TextField<K extends string, F> extends FieldBase {
  kind: 'text';
  key: K;
  to: keyof F & string;
  /** A search button beside the box (the list's main search). */
  enterButton?: boolean;
  maxLength?: number;
}

/** One or several of a fixed set of values; a list is comma-separated in the URL. */
export interface SelectField<K extends string, F> extends FieldBase {
  kind: 'select';
  key: K;
  to: keyof F & string;
  multiple?: boolean;
  /** The values offered. */
  values: readonly string[];
  /** The values a link may carry, when more than those offered (default: `values`). */
  allowed?: readonly string[];
  /** A value's name; the value itself when absent. */
  optionLabel?: (value: string) => LocalizedLabel;
  maxTagCount?: number;
  /** An explicit "all" choice instead of a clear button (a single select). */
  allOption?: MessageKey;
  /** Drawn as a segmented control rather than a drop-down (a single select with `allOption`). */
  segmented?: boolean;
}

/** 产业 → 细分赛道 as a cascader: two URL keys, two API fields. */
export interface SegmentField<K extends string, F> extends FieldBase {
  kind: 'segment';
  keys: readonly [industry: K, segment: K];
  to: readonly [keyof F & string, keyof F & string];
}

/** 产业 alone, with an "all" choice. */
export interface IndustryField<K extends string, F> extends FieldBase {
  kind: 'industry';
  key: K;
  to: keyof F & string;
  allOption: MessageKey;
}

/** An id or code picked from reference data or the server: 镇街, 园区, 负责人, 来源机构, 节点. */
export interface PickField<K extends string, F> extends FieldBase {
  kind: 'place' | 'park' | 'owner' | 'partner' | 'milestone';
  key: K;
  to: keyof F & string;
}

/** Any of several tags of the given groups (reference data); codes comma-separated in the URL. */
export interface TagsField<K extends string, F> extends FieldBase {
  kind: 'tags';
  key: K;
  to: keyof F & string;
  groups: readonly TagGroup[];
}

/** From–to dates (YYYY-MM-DD); an inverted range is dropped. */
export interface DateRangeField<K extends string, F> extends FieldBase {
  kind: 'dateRange';
  keys: readonly [from: K, to: K];
  to: readonly [keyof F & string, keyof F & string];
  placeholders: readonly [MessageKey, MessageKey];
}

/** From–to amounts in 万元, 亩 or m², sent canonical; an inverted range is dropped and marked. */
export interface AmountRangeField<K extends string, F> extends FieldBase {
  kind: 'amountRange';
  keys: readonly [min: K, max: K];
  to: readonly [keyof F & string, keyof F & string];
  unit: AmountUnit;
}

/** Yes / no / either (`true`, `false`, unset in the URL). */
export interface BooleanField<K extends string, F> extends FieldBase {
  kind: 'boolean';
  key: K;
  to: keyof F & string;
  allOption: MessageKey;
  trueOption: MessageKey;
  falseOption: MessageKey;
}

export type FilterField<K extends string, F> =
  | TextField<K, F>
  | SelectField<K, F>
  | SegmentField<K, F>
  | IndustryField<K, F>
  | PickField<K, F>
  | TagsField<K, F>
  | DateRangeField<K, F>
  | AmountRangeField<K, F>
  | BooleanField<K, F>;

export type FilterState<K extends string> = Readonly<Partial<Record<K, string>>>;
export type FilterPatch<K extends string> = Partial<Record<K, string | undefined>>;

/** The URL keys a field reads and writes. */
export function fieldKeys<K extends string, F>(field: FilterField<K, F>): readonly K[] {
  return 'keys' in field ? field.keys : [field.key];
}

/** A 万元 amount as the API takes it (canonical), or undefined when the link's text is not one. */
export function urlAmount(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = parseWanYuan(value);
  return parsed.ok ? parsed.value : undefined;
}

/** Land (亩) or space (m²): an amount that also fits the area columns, as the server checks it. */
export function urlArea(value: string | undefined): string | undefined {
  const canonical = urlAmount(value);
  return canonical !== undefined && areaProblem(canonical) === null ? canonical : undefined;
}

/** An amount typed into a range box: canonical, or why it cannot be used. */
export function checkAmount(
  text: string,
  unit: AmountUnit,
): { ok: true; value: string } | { ok: false; message: string } {
  const parsed = parseWanYuan(text);
  if (!parsed.ok || unit === 'money') return parsed;
  const problem = areaProblem(parsed.value);
  return problem ? { ok: false, message: problem } : parsed;
}

const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A range read from a link: an upper bound below the lower one would be refused by the server,
 * so such a range is dropped as a whole, like any other malformed parameter.
 */
function range<T>(
  low: T | undefined,
  high: T | undefined,
  compare: (a: T, b: T) => number,
): [T | undefined, T | undefined] {
  return low !== undefined && high !== undefined && compare(low, high) > 0
    ? [undefined, undefined]
    : [low, high];
}

/** Whether an amount range's bounds, as the URL holds them, are inverted (the list ignores it). */
export function amountRangeInverted(min: string | undefined, max: string | undefined): boolean {
  const low = urlAmount(min);
  const high = urlAmount(max);
  return low !== undefined && high !== undefined && compareDecimals(low, high) > 0;
}

function readField<K extends string, F>(
  field: FilterField<K, F>,
  state: FilterState<K>,
): Record<string, unknown> {
  switch (field.kind) {
    case 'text':
      return { [field.to]: state[field.key]?.trim() || undefined };
    case 'select': {
      const allowed = field.allowed ?? field.values;
      const value = state[field.key];
      return { [field.to]: field.multiple ? urlList(value, allowed) : urlOne(value, allowed) };
    }
    case 'segment':
      return {
        [field.to[0]]: state[field.keys[0]] || undefined,
        [field.to[1]]: state[field.keys[1]] || undefined,
      };
    case 'industry':
    case 'place':
    case 'park':
    case 'owner':
    case 'partner':
      return { [field.to]: state[field.key] || undefined };
    case 'milestone':
      return { [field.to]: urlOne(state[field.key], MILESTONE_CODES) };
    case 'tags': {
      // Any well-formed code: the tags are reference data, not known here; an unknown one matches nothing.
      const codes = splitList(state[field.key]).filter((code) => REFERENCE_CODE_PATTERN.test(code));
      return { [field.to]: codes.length ? [...new Set(codes)] : undefined };
    }
    case 'dateRange': {
      const [from, to] = range(urlDate(state[field.keys[0]]), urlDate(state[field.keys[1]]), compareDates);
      return { [field.to[0]]: from, [field.to[1]]: to };
    }
    case 'amountRange': {
      const read = field.unit === 'area' ? urlArea : urlAmount;
      const [min, max] = range(read(state[field.keys[0]]), read(state[field.keys[1]]), compareDecimals);
      return { [field.to[0]]: min, [field.to[1]]: max };
    }
    case 'boolean': {
      const value = state[field.key];
      return { [field.to]: value === 'true' ? true : value === 'false' ? false : undefined };
    }
  }
}

/**
 * The API filter for what the URL says. Anything malformed (a hand-edited link, an old bookmark)
 * is dropped rather than sent, so a bad link shows more rows instead of an error; unset fields are
 * left out, as the filter doubles as a cache and pagination key.
 */
export function filterFromUrl<K extends string, F extends object>(
  fields: readonly FilterField<K, F>[],
  state: FilterState<K>,
): F {
  const filter = Object.assign({}, ...fields.map((field) => readField(field, state))) as F;
  return withoutUnset(filter);
}

/** How the controls write back: one URL value per kind of input. */
export const writeUrl = {
  text: (value: string): string | undefined => value.trim() || undefined,
  list: (values: readonly string[] | undefined): string | undefined => joinList(values),
  one: (value: string | undefined | null): string | undefined => value || undefined,
  date: (value: { format: (pattern: string) => string } | null | undefined): string | undefined =>
    value ? value.format('YYYY-MM-DD') : undefined,
  boolean: (value: string | undefined): string | undefined =>
    value === 'true' || value === 'false' ? value : undefined,
} as const;

/** The URL value of a list, as the controls show it (unchecked: the control shows what the link says). */
export function splitList(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}
