import type { TableProps } from 'antd';

export type SortDirection = 'ASC' | 'DESC';

/** A list's order as the API takes it (`{ field, direction }`). */
export interface ListOrder<F extends string = string> {
  field: F;
  direction: SortDirection;
}

/** The arrow a sortable column shows: the chosen order, or the list's default when none is chosen. */
export function columnSortOrder<F extends string>(
  orderBy: ListOrder<F> | undefined,
  field: F,
  defaultOrder?: ListOrder<F>,
): 'ascend' | 'descend' | null {
  const order = orderBy ?? defaultOrder;
  if (order?.field !== field) return null;
  return order.direction === 'ASC' ? 'ascend' : 'descend';
}

/** The order a click on a column header asks for; none (the list's default) when the sort is cleared. */
export function orderFromSorter<F extends string, Row>(
  sorter: Parameters<NonNullable<TableProps<Row>['onChange']>>[2],
): ListOrder<F> | undefined {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = one?.columnKey as F | undefined;
  return field && one.order ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : undefined;
}
