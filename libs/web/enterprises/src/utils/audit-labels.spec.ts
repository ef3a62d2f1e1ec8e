import { referenceValueLabel } from './audit-labels';

const reference = {
  industries: [
    {
      __typename: 'Industry' as const,
      code: 'BEAUTY_HEALTH',
      name: '美丽大健康',
      nameEn: 'Beauty & health',
      sortOrder: 1,
      retired: false,
      segments: [
        { __typename: 'Segment' as const, code: 'BIOLOGICS', name: '生物制品', nameEn: 'Biologics', sortOrder: 1, retired: true },
      ],
    },
  ],
  tags: [
    { __typename: 'Tag' as const, code: 'UNICORN', name: '独角兽', nameEn: 'Unicorn', group: 'PROFILE' as const, sortOrder: 1, retired: false },
    { __typename: 'Tag' as const, code: 'HIGH_TECH', name: '高新技术企业', nameEn: 'High-tech', group: 'PROFILE' as const, sortOrder: 2, retired: false },
  ],
};
const zh = (entry: { name: string }) => entry.name;

describe('referenceValueLabel', () => {
  it.each([
    ['industryCode', 'BEAUTY_HEALTH', '美丽大健康'],
    ['segmentCode', 'BIOLOGICS', '生物制品'],
    ['tagCodes', 'UNICORN、HIGH_TECH', '独角兽、高新技术企业'],
    ['tagCodes', 'GONE', 'GONE'],
    ['name', 'BEAUTY_HEALTH', 'BEAUTY_HEALTH'],
  ])('%s %s → %s', (field, value, expected) => {
    expect(referenceValueLabel(field, value, reference, zh)).toBe(expected);
  });
});
