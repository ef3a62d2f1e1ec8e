import { Segmented } from 'antd';
import { LOCALES, type Locale } from '@lianzhao/domain';
import { useI18n } from '../hooks/useI18n';

/** 中文 / English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      aria-label={t('layout.language')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((value) => ({ value, label: t(`locale.${value}`) }))}
    />
  );
}
