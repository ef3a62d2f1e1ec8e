import { lazy, Suspense, type ComponentProps } from 'react';

// Result's pictures are large and its pages (403, 404, not built yet) rare: they stay out of the
// first download, which the login page pays for.
const AntResult = lazy(() => import('antd/es/result'));

export function LazyResult(props: ComponentProps<typeof AntResult>) {
  return (
    <Suspense fallback={null}>
      <AntResult {...props} />
    </Suspense>
  );
}
