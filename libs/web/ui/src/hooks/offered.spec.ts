import { offered } from './useReferenceOptions';

const items = [
  { code: 'NANQIAO', retired: false },
  { code: 'OLD_TOWN', retired: true },
  { code: 'FENGCHENG', retired: false },
];

describe('offered', () => {
  it('leaves retired entries out of a new choice', () => {
    expect(offered(items, undefined).map((i) => i.code)).toEqual(['NANQIAO', 'FENGCHENG']);
    expect(offered(items, []).map((i) => i.code)).toEqual(['NANQIAO', 'FENGCHENG']);
  });

  it('keeps a retired entry the record already holds, one value or several', () => {
    expect(offered(items, 'OLD_TOWN').map((i) => i.code)).toEqual(['NANQIAO', 'OLD_TOWN', 'FENGCHENG']);
    expect(offered(items, ['OLD_TOWN']).map((i) => i.code)).toEqual(['NANQIAO', 'OLD_TOWN', 'FENGCHENG']);
  });
});
