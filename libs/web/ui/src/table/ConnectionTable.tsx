import type { ReactNode } from 'react';
import { Alert, Empty, Skeleton, Table, type TableColumnType, type TableProps } from 'antd';
import { CursorPager } from '../components/CursorPager';
import { useErrorMessage } from '../hooks/useApiError';
import { useT } from '../hooks/useI18n';
import { columnSortOrder, orderFromSorter, type ListOrder } from '../utils/table-sort';
import type { ConnectionPage } from './useConnectionQuery';

/** A column; one with `sortField` is sortable by that API order field. */
export type ConnectionColumn<Row, S extends string = string> = TableColumnType<Row> & { sortField?: S };

export interface ConnectionTableProps<Row extends { id: string }, S extends string = string> {
  page: ConnectionPage<Row>;
  columns: readonly ConnectionColumn<Row, S>[];
  /** The list's empty state when nothing exists yet. */
  empty: string;
  /** Whether a filter is set: the empty state then says nothing matches. */
  filtered?: boolean;
  orderBy?: ListOrder<S>;
  /** The order the API uses when none is chosen, shown on its column. */
  defaultOrder?: ListOrder<S>;
  onOrderBy?: (order: ListOrder<S> | undefined) => void;
  size?: 'small' | 'middle';
  /** Leave out the previous / next pager (a list shown whole). */
  noPager?: boolean;
  /** Above the table, given the totalCount once known (the cockpit's drill banner shows it). */
  header?: (total: number | undefined) => ReactNode;
}

/**
 * An antd table over one page of a Relay connection: columns, sorting by API order fields, an empty
 * state that tells "nothing matches" from "nothing yet", previous / next paging, horizontal scroll.
 * Before the first answer it shows placeholder rows, never an empty state or a count it does not know yet.
 */
export function ConnectionTable<Row extends { id: string }, S extends string = string>({
  page,
  columns,
  empty,
  filtered = false,
  orderBy,
  defaultOrder,
  onOrderBy,
  size,
  noPager,
  header,
}: ConnectionTableProps<Row, S>) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { connection, loading, error, pager, pageSize } = page;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const tableColumns = columns.map(({ sortField, ...column }) =>
    sortField
      ? {
          ...column,
          key: sortField,
          sorter: true,
          sortOrder: columnSortOrder(orderBy, sortField, defaultOrder),
        }
      : column,
  );
  const onChange: TableProps<Row>['onChange'] = (_pagination, _filters, sorter) =>
    onOrderBy?.(orderFromSorter<S, Row>(sorter));

  return (
    <>
      {header?.(connection?.totalCount)}
      {Boolean(error) && (
        <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />
      )}
      <Table<Row>
        rowKey="id"
        size={size}
        columns={tableColumns}
        dataSource={rows}
        loading={loading && Boolean(connection)}
        pagination={false}
        onChange={onChange}
        showSorterTooltip={false}
        sortDirections={['descend', 'ascend']}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: connection ? (
            <Empty description={filtered ? t('common.noMatch') : empty} />
          ) : (
            <div data-testid="connection-table-waiting" style={{ minHeight: 120, textAlign: 'start' }}>
              <Skeleton active title={false} paragraph={{ rows: 4 }} />
            </div>
          ),
        }}
      />
      {!noPager && (
        <CursorPager
          page={pager.page}
          pageSize={pageSize}
          total={connection?.totalCount}
          hasNext={connection?.pageInfo.hasNextPage ?? false}
          onPrev={pager.prev}
          onNext={() => pager.next(connection?.pageInfo.endCursor)}
          loading={loading}
        />
      )}
    </>
  );
}
