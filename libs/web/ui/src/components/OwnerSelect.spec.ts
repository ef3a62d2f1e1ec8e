import { ownerOptions } from './OwnerSelect';

describe('ownerOptions', () => {
  it('offers officers first, then administrators, and nobody else', () => {
    expect(
      ownerOptions([
        { id: 'a', displayName: '系统管理员', role: 'ADMIN' },
        { id: 'o1', displayName: '张招商', role: 'OFFICER' },
        { id: 'l', displayName: '王区长', role: 'LEADER' },
        { id: 'o2', displayName: '陈招商', role: 'OFFICER' },
      ]),
    ).toEqual([
      { value: 'o1', label: '张招商' },
      { value: 'o2', label: '陈招商' },
      { value: 'a', label: '系统管理员' },
    ]);
  });
});
