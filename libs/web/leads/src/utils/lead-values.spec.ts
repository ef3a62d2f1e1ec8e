import dayjs from 'dayjs';
import { needsFund, needsSourceOrganization, toCreateLeadInput, toUpdateLeadInput } from './lead-values';

describe('lead form values', () => {
  it('sends amounts as exact decimal strings and dates as days', () => {
    expect(
      toCreateLeadInput({
        enterpriseId: 'e1',
        projectName: ' 新能源电池基地 ',
        segmentCode: 'ENERGY_STORAGE',
        channel: 'CHAIN',
        sourceOrganizationId: 'o1',
        plannedInvestment: '120,000.1234',
        expectedOutput: '0.1',
        landNeed: '50',
        spaceNeed: '',
        expectedSigningOn: dayjs('2026-09-30'),
        grade: 'A',
        notes: '  ',
        tagCodes: ['LEAD_KEY'],
      }),
    ).toEqual({
      enterpriseId: 'e1',
      projectName: '新能源电池基地',
      segmentCode: 'ENERGY_STORAGE',
      channel: 'CHAIN',
      sourceOrganizationId: 'o1',
      // Only a 资本招商 lead names a fund.
      fundId: null,
      ownerId: null,
      townCode: null,
      plannedInvestment: '120000.1234',
      expectedOutput: '0.1',
      landNeed: '50',
      spaceNeed: null,
      expectedSigningOn: '2026-09-30',
      grade: 'A',
      notes: null,
      tagCodes: ['LEAD_KEY'],
    });
  });

  it('sends the fund of a 资本招商 lead, and clears it when the channel changes', () => {
    const values = { projectName: '项目', segmentCode: 'ICV', sourceOrganizationId: 'o1', fundId: 'f1' };
    expect(toCreateLeadInput({ ...values, channel: 'FUND' }).fundId).toBe('f1');
    expect(toUpdateLeadInput({ ...values, channel: 'CHAIN' }, { id: 'l1', version: 2 }).fundId).toBeNull();
    expect(needsFund('FUND')).toBe(true);
    expect(needsFund('CHAIN')).toBe(false);
  });

  it('carries id and version on update', () => {
    const input = toUpdateLeadInput(
      { projectName: '项目', segmentCode: 'ICV', channel: 'SELF' },
      { id: 'l1', version: 4 },
    );
    expect(input).toMatchObject({ id: 'l1', version: 4, channel: 'SELF', sourceOrganizationId: null });
  });

  it.each([
    ['CHAIN', true],
    ['PLATFORM', true],
    ['FUND', true],
    ['BUSINESS', true],
    ['SELF', false],
    ['EVENT', false],
    ['RETURN', false],
    [undefined, false],
  ] as const)('a %s lead needs a source organisation: %s', (channel, expected) => {
    expect(needsSourceOrganization(channel)).toBe(expected);
  });
});
