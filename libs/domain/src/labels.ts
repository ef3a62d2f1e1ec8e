/**
 * Every label a user sees is Chinese first with English as the second locale (DOMAIN.md), so
 * reference data carries both spellings side by side instead of going through message catalogues:
 * the seed rows and the enum labels then can never drift apart between api and web.
 */
export interface LocalizedLabel {
  readonly zh: string;
  readonly en: string;
}

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Anything that is not English falls back to Chinese, the office's working language. */
export function localize(label: LocalizedLabel, locale: Locale = DEFAULT_LOCALE): string {
  return locale === 'en' ? label.en : label.zh;
}
