import { LazyResult as Result } from '../components/LazyResult';
import { useT } from '../hooks/useI18n';
import type { MessageKey } from '../i18n/messages';

export interface NotBuiltYetProps {
  /** The menu label of the page that is not built yet. */
  title?: MessageKey;
}

/** Stands in for a page a later issue builds: says so plainly and shows no made-up data. */
export function NotBuiltYet({ title }: NotBuiltYetProps) {
  const t = useT();
  return <Result status="info" title={title ? t(title) : undefined} subTitle={t('page.notBuilt')} />;
}
