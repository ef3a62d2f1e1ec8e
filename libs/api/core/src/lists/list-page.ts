import type { ConnectionShape, Edge, PageInfo } from '../graphql/connection';
import type { GroupTotals } from './list-totals';

/**
 * A page of a list. `totalCount` is counted only when read, that is when a client selects the
 * field (GraphQL reads it off the page), and at most once; the filter stays with the page for
 * the connection's other lazy fields (a board's per-stage sums).
 */
export class ListPage<E, F = unknown, S extends string = never> implements ConnectionShape<E> {
  private counting: Promise<number> | null = null;

  constructor(
    readonly edges: Edge<E>[],
    readonly pageInfo: PageInfo,
    readonly filter: F | undefined,
    private countAll: () => Promise<number>,
    /** The groups asked with the page (ListQuery.page's `groups`) when its statement counted them; else null. */
    readonly groups: GroupTotals<S>[] | null = null,
  ) {}

  get totalCount(): Promise<number> {
    this.counting ??= this.countAll();
    return this.counting;
  }

  /**
   * Answers `totalCount` from a figure the request makes anyway (a board's per-stage counts under
   * the same filter) instead of counting the rows a second time. Exact as long as `count` is.
   */
  countWith(count: () => Promise<number>): void {
    this.countAll = count;
  }
}
