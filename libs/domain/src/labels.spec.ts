import { DEFAULT_LOCALE, LOCALES, localize } from './labels';

describe('localize', () => {
  const label = { zh: '区领导', en: 'District leader' };

  it.each([
    ['zh-CN', '区领导'],
    ['en', 'District leader'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(localize(label, locale)).toBe(expected);
  });

  it('defaults to Chinese', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(localize(label)).toBe('区领导');
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
  });
});
