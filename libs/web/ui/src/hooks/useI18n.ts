import { useContext } from 'react';
import { I18nContext, type I18n, type Translate } from '../i18n/I18nProvider';

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}

/** The translate function: `t('login.submit')` → 「登录」 or "Sign in". */
export function useT(): Translate {
  return useI18n().t;
}
