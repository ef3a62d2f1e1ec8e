import { phoneSearchDigits, recordKindsFor, recordPath } from './records';

describe('phoneSearchDigits', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '8613812345678'],
    ['(021)57123456', '02157123456'],
    ['5712345', '5712345'],
    ['571234', null],
    ['氢能138123456', null],
    ['91310120MA1K00001X', null],
    ['', null],
  ])('%s → %s', (term, digits) => {
    expect(phoneSearchDigits(term)).toBe(digits);
  });
});

describe('recordPath', () => {
  it('opens partners on their portal pages and staff on the register', () => {
    expect(recordPath('REFERRAL', 'r1', 'PARTNER')).toBe('/my-referrals/r1');
    expect(recordPath('REFERRAL', 'r1', 'OFFICER')).toBe('/referrals/r1');
    expect(recordPath('FUND', 'f1', 'PARTNER')).toBe('/my-funds/f1');
    expect(recordPath('LEAD', 'l1', 'LEADER')).toBe('/leads/l1');
  });

  it('gives partners only referrals and funds', () => {
    expect(recordKindsFor('PARTNER')).toEqual(['REFERRAL', 'FUND']);
    expect(recordKindsFor('OFFICER')).toHaveLength(5);
  });
});
