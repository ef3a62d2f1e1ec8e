import type { LocalizedLabel } from './labels';
import { toHalfWidth } from './text';

/**
 * The kinds of reference data an admin edits (系统设置 → 基础数据). Milestone templates are edited
 * too, but through the projects context that owns them; their changes share the same history.
 */
export const REFERENCE_KINDS = ['INDUSTRY', 'SEGMENT', 'TAG', 'PLACE', 'PARK'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const REFERENCE_KIND_LABELS: Readonly<Record<ReferenceKind, LocalizedLabel>> = {
  INDUSTRY: { zh: '产业', en: 'Industry' },
  SEGMENT: { zh: '细分赛道', en: 'Segment' },
  TAG: { zh: '标签', en: 'Tag' },
  PLACE: { zh: '镇街', en: 'Town or street' },
  PARK: { zh: '园区', en: 'Park' },
};

export const MILESTONE_TEMPLATE_LABEL: LocalizedLabel = { zh: '节点模板', en: 'Milestone template' };

/** Codes are what other tables and reports store: stable, upper-case English or pinyin. */
export const REFERENCE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;
export const REFERENCE_CODE_MESSAGE = '代码须以大写字母开头，只含大写字母、数字和下划线，最多 40 位';
export const REFERENCE_NAME_MAX = 64;
export const REFERENCE_NAME_EN_MAX = 128;

/**
 * What a form's code field means: spaces dropped, full-width letters made half-width and
 * upper-cased, so `ｂｉｏ ｔｅｃｈ` and `BIOTECH` are the same code. The result may still fail
 * REFERENCE_CODE_PATTERN.
 */
export function normalizeReferenceCode(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
}

/**
 * The key under which two names are the same name: a duplicate 标签 “专精特新” and “ 专精特新 ”
 * would confuse every picker and the import's name lookup.
 */
export function referenceNameKey(name: string): string {
  return toHalfWidth(name).replace(/\s+/g, '').toLowerCase();
}

/** How a retired entry reads where it still shows (old records, the admin page). */
export const RETIRED_LABEL: LocalizedLabel = { zh: '已停用', en: 'Retired' };
