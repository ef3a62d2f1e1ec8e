import { ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useT } from '@lianzhao/web-ui';
import type { ReactNode } from 'react';

export interface ListFiltersProps {
  search: string | undefined;
  searchPlaceholder: string;
  onSearch: (value: string) => void;
  active: string | undefined;
  onActive: (value: string | undefined) => void;
  onReset: () => void;
  onRefresh: () => void;
  /** Filters particular to the list, placed between search and status. */
  children?: ReactNode;
}

/** Search box, list-specific filters, the status filter, reset and refresh. */
export function ListFilters(props: ListFiltersProps) {
  const t = useT();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        key={props.search ?? ''}
        defaultValue={props.search}
        placeholder={props.searchPlaceholder}
        aria-label={t('common.search')}
        allowClear
        enterButton
        maxLength={50}
        style={{ width: 320 }}
        onSearch={(value) => props.onSearch(value.trim())}
      />
      {props.children}
      <Select<string>
        aria-label={t('common.status')}
        style={{ width: 140 }}
        value={props.active ?? ''}
        onChange={(value) => props.onActive(value || undefined)}
        options={[
          { value: '', label: t('common.allStatus') },
          { value: 'true', label: t('common.active') },
          { value: 'false', label: t('common.inactive') },
        ]}
      />
      <Button onClick={props.onReset}>{t('common.resetFilters')}</Button>
      <Button icon={<ReloadOutlined />} onClick={props.onRefresh}>
        {t('common.refresh')}
      </Button>
    </Space>
  );
}
