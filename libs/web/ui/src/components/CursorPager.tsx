import { Button, Select, Space, Typography } from 'antd';
import { useT } from '../hooks/useI18n';

export interface CursorPagerProps {
  page: number;
  pageSize: number;
  /** Unknown until the first answer: no "共 0 条" before it. */
  total: number | undefined;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  /** Back to page 1; shown from page 3 on, where 上一页 alone takes several steps. */
  onFirst?: () => void;
  /** The sizes offered, with the handler: a page-size select shows when both are given. */
  pageSizes?: readonly number[];
  onPageSize?: (size: number) => void;
  loading?: boolean;
}

/** Previous / next over a Relay connection, with the total count the API reports. */
export function CursorPager({
  page,
  pageSize,
  total,
  hasNext,
  onPrev,
  onNext,
  onFirst,
  pageSizes,
  onPageSize,
  loading,
}: CursorPagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil((total ?? 0) / pageSize));
  return (
    <Space wrap style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
      {total !== undefined && (
        <Typography.Text type="secondary">
          {t('common.total', { total })} · {t('common.page', { page, pages })}
        </Typography.Text>
      )}
      {onFirst && page > 2 && (
        <Button onClick={onFirst} disabled={loading}>
          {t('list.firstPage')}
        </Button>
      )}
      <Button onClick={onPrev} disabled={page <= 1 || loading}>
        {t('common.prevPage')}
      </Button>
      <Button onClick={onNext} disabled={!hasNext || loading}>
        {t('common.nextPage')}
      </Button>
      {pageSizes && onPageSize && (
        <Select<number>
          aria-label={t('list.pageSize', { size: pageSize })}
          value={pageSize}
          onChange={onPageSize}
          options={pageSizes.map((size) => ({ value: size, label: t('list.pageSize', { size }) }))}
          style={{ width: 110 }}
        />
      )}
    </Space>
  );
}
