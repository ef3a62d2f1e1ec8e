import { duplicateCheckKey, toFileReferralInput } from './referral-values';

describe('referral form values', () => {
  it.each<[string | undefined, string | undefined, ReturnType<typeof duplicateCheckKey>]>([
    [undefined, undefined, null],
    ['上', undefined, null],
    ['上海链招', undefined, { companyName: '上海链招', creditCode: null }],
    ['上海链招', '9131000013214923', { companyName: '上海链招', creditCode: null }],
    ['', ' 91310000132149237g ', { companyName: '', creditCode: '91310000132149237G' }],
  ])('checks %j / %j as %j', (name, code, key) => {
    expect(duplicateCheckKey(name, code)).toEqual(key);
  });

  it('turns the form into the API input: trimmed, blank as null, amounts canonical', () => {
    expect(
      toFileReferralInput({
        companyName: ' 上海链招科技有限公司 ',
        creditCode: '91310000132149237g',
        segmentCode: 'ICV',
        plannedInvestment: '1,200',
        landNeed: '',
        contactName: ' 周先生 ',
        contactPhone: '13800000000',
      }),
    ).toEqual({
      companyName: '上海链招科技有限公司',
      creditCode: '91310000132149237G',
      segmentCode: 'ICV',
      plannedInvestment: '1200',
      landNeed: null,
      spaceNeed: null,
      timeline: null,
      contactName: '周先生',
      contactPhone: '13800000000',
      notes: null,
      attachmentIds: [],
    });
  });
});
