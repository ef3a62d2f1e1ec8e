import type { LeadFilter, LeadOrder } from '@lianzhao/web-data';
import { useListFilters, type ListFilters } from '@lianzhao/web-ui';
import { LEAD_LIST, type LeadUrlKey, type LeadView } from '../utils/lead-filters';

export type LeadFilters = ListFilters<LeadUrlKey, LeadFilter, LeadOrder, LeadView>;

/** The pipeline's filters, view and sort, all kept in the query string. */
export function useLeadFilters(): LeadFilters {
  return useListFilters(LEAD_LIST);
}
