import { Button, Space, Typography } from 'antd';
import { useT } from '../hooks/useI18n';

export interface CursorPagerProps {
  page: number;
  pageSize: number;
  /** Unknown until the first answer: no "共 0 条" before it. */
  total: number | undefined;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  loading?: boolean;
}

/** Previous / next over a Relay connection, with the total count the API reports. */
export function CursorPager({ page, pageSize, total, hasNext, onPrev, onNext, loading }: CursorPagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil((total ?? 0) / pageSize));
  return (
    <Space style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
      {total !== undefined && (
        <Typography.Text type="secondary">
          {t('common.total', { total })} · {t('common.page', { page, pages })}
        </Typography.Text>
      )}
      <Button onClick={onPrev} disabled={page <= 1 || loading}>
        {t('common.prevPage')}
      </Button>
      <Button onClick={onNext} disabled={!hasNext || loading}>
        {t('common.nextPage')}
      </Button>
    </Space>
  );
}
