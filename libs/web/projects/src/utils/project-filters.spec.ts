import { sortParam } from '@lianzhao/web-ui';
import { projectView, toProjectFilter, toProjectOrder } from './project-filters';

describe('project URL filters', () => {
  it('turns the query string into the API filter, dropping what is malformed', () => {
    expect(
      toProjectFilter({
        q: ' 氢能 ',
        health: 'OVERDUE,BAD,AT_RISK',
        next: 'REGISTERED',
        type: 'HEAVY',
        channel: 'CHAIN',
        park: 'DONGFANG_MEIGU_BIOMED',
        signedFrom: '2026-01-01',
        signedTo: 'yesterday',
        landedTo: '2026-03-31',
      }),
    ).toEqual({
      search: '氢能',
      healths: ['OVERDUE', 'AT_RISK'],
      nextMilestone: 'REGISTERED',
      type: 'HEAVY',
      channels: ['CHAIN'],
      parkCode: 'DONGFANG_MEIGU_BIOMED',
      signedFrom: '2026-01-01',
      landedTo: '2026-03-31',
    });
    expect(toProjectFilter({ next: 'NOPE', type: 'MEDIUM' })).toEqual({});
  });

  it.each([
    ['DAYS_LATE.DESC', { field: 'DAYS_LATE', direction: 'DESC' }],
    ['LANDED_ON.ASC', { field: 'LANDED_ON', direction: 'ASC' }],
    ['CREATED_AT.DESC', undefined],
    ['DAYS_LATE.UP', undefined],
    [undefined, undefined],
  ])('sort %s', (sort, order) => {
    expect(toProjectOrder({ sort })).toEqual(order);
    if (order) expect(sortParam(toProjectOrder({ sort }))).toBe(sort);
  });

  it('shows the table unless the Gantt view is asked for', () => {
    expect(projectView({})).toBe('table');
    expect(projectView({ view: 'gantt' })).toBe('gantt');
  });
});
