import { useState } from 'react';
import { Button, InputNumber, Select, Space, Typography } from 'antd';
import { lastJumpPage, pageCount } from '@lianzhao/domain';
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
  /** 跳至第 N 页: shown once the total is known and there is more than one page. */
  onJump?: (page: number) => void;
  loading?: boolean;
}

/**
 * 跳至 _ 页, as antd's quick jumper: a page number typed and Enter. It reaches no further than the
 * last page, nor than the API jumps (MAX_JUMP_OFFSET rows in); 下一页 walks on from there.
 */
function PageJumper({
  pages,
  pageSize,
  onJump,
  disabled,
}: {
  pages: number;
  pageSize: number;
  onJump: (page: number) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const [value, setValue] = useState<number | null>(null);
  const max = Math.min(pages, lastJumpPage(pageSize));
  const jump = () => {
    if (value === null) return;
    onJump(Math.min(Math.max(1, Math.floor(value)), max));
    setValue(null);
  };
  return (
    <Space size={4}>
      <Typography.Text>{t('list.jumpTo')}</Typography.Text>
      <InputNumber<number>
        aria-label={t('list.jumpLabel')}
        size="middle"
        // Not min/max: antd drops a value typed out of range, and a page past the last goes to it.
        precision={0}
        value={value}
        onChange={setValue}
        onPressEnter={jump}
        disabled={disabled}
        style={{ width: 64 }}
      />
      <Typography.Text>{t('list.jumpUnit')}</Typography.Text>
    </Space>
  );
}

/** Previous / next over a Relay connection, with the total count the API reports, and a jump to a page. */
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
  onJump,
  loading,
}: CursorPagerProps) {
  const t = useT();
  const pages = pageCount(total ?? 0, pageSize);
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
      {onJump && total !== undefined && pages > 1 && (
        <PageJumper pages={pages} pageSize={pageSize} onJump={onJump} disabled={loading} />
      )}
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
