import {
  createContext,
  useCallback,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { DEFAULT_LOCALE, localize, type Locale, type LocalizedLabel } from '@lianzhao/domain';
import { featureText } from './feature-messages';
import { en, format, zhCN, type MessageKey } from './messages';

/** localStorage key holding the chosen language. */
export const LOCALE_KEY = 'lianzhao.locale';

const ANTD_LOCALES = { 'zh-CN': zhCNAntd, en: enUS } as const;
const DAYJS_LOCALES: Readonly<Record<Locale, string>> = { 'zh-CN': 'zh-cn', en: 'en' };

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A UI message in the current language. */
  t: Translate;
  /** A domain label (`{ zh, en }`) in the current language. */
  label: (label: LocalizedLabel) => string;
  /** Reference data carrying `name` and `nameEn`. */
  pick: (named: { name: string; nameEn: string }) => string;
}

export const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  const stored = typeof window === 'undefined' ? null : window.localStorage.getItem(LOCALE_KEY);
  return stored === 'en' || stored === 'zh-CN' ? stored : DEFAULT_LOCALE;
}

export interface I18nProviderProps {
  children: ReactNode;
  /** Start in this language instead of the stored one (tests). */
  initialLocale?: Locale;
}

const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { 'zh-CN': zhCN, en };

/** Language for messages, Ant Design's own texts and dayjs, switched together. */
export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const start = initialLocale ?? storedLocale();
    dayjs.locale(DAYJS_LOCALES[start]);
    return start;
  });

  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(LOCALE_KEY, next);
    dayjs.locale(DAYJS_LOCALES[next]);
    setLocaleState(next);
  }, []);

  // A layout effect, so it runs before the pages' own effects: inside the app the page names
  // the tab (PageTrailProvider); this is the name outside it, e.g. on the login page.
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    document.title = format(DICTIONARIES[locale]['app.title']);
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const dictionary = DICTIONARIES[locale];
    return {
      locale,
      setLocale,
      // A key no dictionary holds shows as itself, which a test or a glance at the page catches.
      t: (key, vars) => format(dictionary[key] ?? featureText(locale, key) ?? key, vars),
      label: (l) => localize(l, locale),
      pick: (named) => (locale === 'en' ? named.nameEn || named.name : named.name),
    };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[locale]} button={{ autoInsertSpace: false }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}
