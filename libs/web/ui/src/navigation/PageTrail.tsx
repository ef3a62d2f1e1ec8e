import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { useT } from '../hooks/useI18n';

/** One step of a page's breadcrumb: a title, and where it links (none for the page itself). */
export interface Crumb {
  title: string;
  to?: string;
}

interface PageTrailState {
  trail: readonly Crumb[];
  setTrail: (trail: readonly Crumb[] | null) => void;
}

const PageTrailContext = createContext<PageTrailState | null>(null);

/**
 * Holds the page's breadcrumb and names the browser tab after it (`<page> · 链招`). The layout
 * gives the menu page as the base; a detail page replaces it with its own trail.
 */
export function PageTrailProvider({ base, children }: { base: Crumb | null; children: ReactNode }) {
  const t = useT();
  const [own, setOwn] = useState<readonly Crumb[] | null>(null);
  const trail = useMemo(() => own ?? (base ? [base] : []), [own, base]);
  const page = trail[trail.length - 1]?.title;
  const appName = t('app.name');
  const appTitle = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} · ${appName}` : appTitle;
    // Signed out, the tab goes back to the application's own name.
    return () => {
      document.title = appTitle;
    };
  }, [page, appName, appTitle]);
  const value = useMemo(() => ({ trail, setTrail: setOwn }), [trail]);
  return <PageTrailContext.Provider value={value}>{children}</PageTrailContext.Provider>;
}

/**
 * A detail page's trail, list first (`线索管道 › 储能电池基地`); the list crumb should link to
 * `listHref(...)` so it returns with the list's filters. Nothing is shown until `crumbs` is given
 * (while the record loads), and the trail goes when the page does.
 */
export function usePageTrail(crumbs: readonly Crumb[] | null): void {
  const setTrail = useContext(PageTrailContext)?.setTrail;
  const key = crumbs ? JSON.stringify(crumbs) : null;
  useEffect(() => {
    if (!setTrail || key === null) return;
    setTrail(JSON.parse(key) as Crumb[]);
    return () => setTrail(null);
  }, [key, setTrail]);
}

/** The breadcrumb over a detail page; a menu page, whose name the menu already shows, has none. */
export function PageBreadcrumb() {
  const trail = useContext(PageTrailContext)?.trail ?? [];
  if (trail.length < 2) return null;
  return (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={trail.map((crumb) => ({
        title: crumb.to ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title,
      }))}
    />
  );
}
