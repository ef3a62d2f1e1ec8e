import type { ReactNode } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { FilterBar } from '../filters/FilterBar';
import type { FilterField } from '../filters/filter-fields';
import { useT } from '../hooks/useI18n';
import { ConnectionTable, type ConnectionColumn } from './ConnectionTable';
import type { FilteredConnection } from './useFilteredConnection';

export interface FilteredConnectionTableProps<K extends string, F, Row extends { id: string }> {
  list: FilteredConnection<K, F, Row>;
  /** The fields the bar draws. */
  fields: readonly FilterField<K, F>[];
  columns: readonly ConnectionColumn<Row>[];
  /** The empty state when nothing exists yet (default 暂无数据). */
  empty?: string;
  /** Buttons on the table's toolbar (导出). */
  toolbar?: ReactNode;
}

/** A list page's body: the filter bar with 刷新, and the table of the filtered connection. */
export function FilteredConnectionTable<K extends string, F, Row extends { id: string }>({
  list,
  fields,
  columns,
  empty,
  toolbar,
}: FilteredConnectionTableProps<K, F, Row>) {
  const t = useT();
  return (
    <>
      <FilterBar
        fields={fields}
        state={list.state}
        onChange={list.setFilters}
        onReset={list.resetFilters}
        extra={
          <Button icon={<ReloadOutlined />} onClick={list.page.refetch}>
            {t('common.refresh')}
          </Button>
        }
      />
      <ConnectionTable
        page={list.page}
        columns={columns}
        empty={empty ?? t('common.empty')}
        filtered={list.filtered}
        view={list.view}
        toolbar={toolbar}
      />
    </>
  );
}
