import { Button, Space, Typography } from 'antd';
import { useT } from '../hooks/useI18n';

export interface CursorPagerProps {
  page: number;
  pageSize: number;
  total: number;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  loading?: boolean;
}

/** Previous / next over a Relay connection, with the total count the API reports. */
export function CursorPager({ page, pageSize, total, hasNext, onPrev, onNext, loading }: CursorPagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Space style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
      <Typography.Text type="secondary">
        {t('common.total', { total })} · {t('common.page', { page, pages })}
      </Typography.Text>
      <Button onClick={onPrev} disabled={page <= 1 || loading}>
        {t('common.prevPage')}
      </Button>
      <Button onClick={onNext} disabled={!hasNext || loading}>
        {t('common.nextPage')}
      </Button>
    </Space>
  );
}
