import type { ReactNode } from 'react';
import { Alert, Empty, Skeleton, Space, Table, type TableColumnType, type TableProps } from 'antd';
import { CursorPager } from '../components/CursorPager';
import { useErrorMessage } from '../hooks/useApiError';
import { useT } from '../hooks/useI18n';
import { columnSortOrder, orderFromSorter, type ListOrder } from '../utils/table-sort';
import { PAGE_SIZES } from './list-view';
import { SavedViewsMenu } from './SavedViewsMenu';
import { TableSettingsBar } from './TableSettingsBar';
import type { ConnectionPage } from './useConnectionQuery';
import type { ListView } from './useListView';

/**
 * A column; one with `sortField` is sortable by that API order field. Its `key` names it in the
 * column picker and in saved views (default: the sort field, else the title).
 */
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
  /**
   * A list page's view (useListView): saved views, the column picker, density and page size,
   * kept in the URL. Without it the table shows every column at its own size.
   */
  view?: ListView;
  /** Buttons at the left of the table's toolbar (导出, bulk actions). */
  toolbar?: ReactNode;
  /** Row checkboxes for bulk actions. */
  rowSelection?: TableProps<Row>['rowSelection'];
}

/** The key a column is known by in the picker and in saved views. */
export function columnKey<Row>(column: ConnectionColumn<Row>, index: number): string {
  if (column.key !== undefined) return String(column.key);
  if (column.sortField) return column.sortField;
  return typeof column.title === 'string' ? column.title : `column${index}`;
}

/**
 * An antd table over one page of a Relay connection: columns, sorting by API order fields, an empty
 * state that tells "nothing matches" from "nothing yet", previous / next paging, horizontal scroll
 * inside the table with the first column (the row's name) fixed. Before the first answer it shows
 * placeholder rows, never an empty state or a count it does not know yet.
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
  view,
  toolbar,
  rowSelection,
}: ConnectionTableProps<Row, S>) {
  const t = useT();
  const toMessage = useErrorMessage();
  const { connection, loading, error, pager, pageSize } = page;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const keyed = columns.map((column, index) => ({ column, key: columnKey(column, index) }));
  const hidden = new Set(view?.settings.hidden ?? []);
  const tableColumns = keyed
    .filter(({ key }, index) => index === 0 || !hidden.has(key))
    .map(({ column: { sortField, ...column }, key }, index) => ({
      ...column,
      key,
      // The first column names the row: it stays in sight while the others scroll.
      ...(index === 0 && column.fixed === undefined ? { fixed: 'left' as const } : {}),
      ...(sortField ? { sorter: true, sortOrder: columnSortOrder(orderBy, sortField, defaultOrder) } : {}),
    }));
  const onChange: TableProps<Row>['onChange'] = (_pagination, _filters, sorter) =>
    onOrderBy?.(orderFromSorter<S, Row>(sorter));
  const tableSize = size ?? (view?.settings.density === 'compact' ? 'small' : undefined);

  return (
    <>
      {header?.(connection?.totalCount)}
      {Boolean(error) && (
        <Alert type="error" showIcon title={toMessage(error)} style={{ marginBottom: 16 }} />
      )}
      {(view || toolbar) && (
        <div
          data-testid="table-toolbar"
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: 8,
            justifyContent: 'space-between',
            marginBottom: 12,
          }}
        >
          <Space wrap>{toolbar}</Space>
          {view && (
            <Space wrap>
              <SavedViewsMenu view={view} />
              <TableSettingsBar
                columns={keyed.map(({ column, key }) => ({ key, title: column.title as ReactNode }))}
                settings={view.settings}
                onChange={view.setSettings}
              />
            </Space>
          )}
        </div>
      )}
      <Table<Row>
        rowKey="id"
        size={tableSize}
        columns={tableColumns}
        dataSource={rows}
        loading={loading && Boolean(connection)}
        pagination={false}
        onChange={onChange}
        showSorterTooltip={false}
        sortDirections={['descend', 'ascend']}
        scroll={{ x: 'max-content' }}
        rowSelection={rowSelection}
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
          onFirst={pager.first}
          onJump={pager.goTo}
          pageSizes={view ? PAGE_SIZES : undefined}
          onPageSize={view ? (pageSize) => view.setSettings({ pageSize }) : undefined}
          loading={loading}
        />
      )}
    </>
  );
}
