import {
  createdAtSortKey,
  defineList,
  equalsCondition,
  inCondition,
  searchCondition,
  shanghaiDayRange,
  SortDirection,
} from '@lianzhao/api-core';
import { SignInEvent } from './sign-in-event.entity';
import { SignInEventOrderField, type SignInEventFilter } from './dto/sign-in-event.inputs';

/** The most rows one 登录记录 export writes. */
export const MAX_SIGN_IN_EXPORT_ROWS = 10_000;

/** 登录记录: every sign-in attempt, newest first (admins only). */
export const SIGN_IN_EVENT_LIST = defineList<SignInEvent, SignInEventFilter, SignInEventOrderField>({
  entity: SignInEvent,
  alias: 's',
  filter: (filter) => [
    ...searchCondition(['s.username'], filter.username),
    ...equalsCondition('s.address', 'address', filter.address),
    ...inCondition('s.result', 'results', filter.results),
    ...shanghaiDayRange('s.created_at', 'at', filter.from, filter.to),
  ],
  sortKeys: { [SignInEventOrderField.CREATED_AT]: createdAtSortKey('s') },
  defaultSort: { field: SignInEventOrderField.CREATED_AT, direction: SortDirection.DESC },
  exportCap: { max: MAX_SIGN_IN_EXPORT_ROWS, noun: '登录记录', unit: '条' },
});
