import dayjs from 'dayjs';
import { investmentRow } from '../testing/fixtures';
import {
  defaultLead,
  needsLocalAmount,
  toRecordInvestmentInput,
  toUpdateInvestmentInput,
  trackingLeads,
  type CompanyLead,
} from './investment-values';

const lead = (id: string, stage: CompanyLead['stage'], project = false): CompanyLead => ({
  id,
  projectName: id,
  stage,
  project: project ? { id: `p-${id}`, name: `项目 ${id}` } : null,
});

describe('which lead tracks the landing', () => {
  it('offers open and signed leads, never lost ones', () => {
    const leads = [lead('lost', 'LOST'), lead('open', 'VISITED'), lead('signed', 'SIGNED', true)];
    expect(trackingLeads(leads).map((l) => l.id)).toEqual(['open', 'signed']);
    expect(defaultLead(leads)?.id).toBe('signed');
    expect(defaultLead([lead('held', 'ON_HOLD')])?.id).toBe('held');
    // Nothing to track with: the form offers a new 资本招商 lead.
    expect(trackingLeads([lead('lost', 'LOST')])).toEqual([]);
  });

  it('asks for the local amount when the project belongs to another enterprise (rule 2)', () => {
    expect(needsLocalAmount('e1', { enterprise: { id: 'e2' } })).toBe(true);
    expect(needsLocalAmount('e1', { enterprise: { id: 'e1' } })).toBe(false);
    expect(needsLocalAmount('e1', null)).toBe(false);
    expect(needsLocalAmount(undefined, { enterprise: { id: 'e2' } })).toBe(false);
  });
});

describe('investment input', () => {
  const values = {
    enterpriseId: 'e1',
    amount: '5,000.5',
    date: dayjs('2026-02-03'),
    round: 'B' as const,
    stage: 'PAID' as const,
    leadId: 'l1',
    projectId: 'p2',
    localAmount: '3,000',
  };

  it('records with the tracking links and, for a subsidiary, the local amount', () => {
    expect(toRecordInvestmentInput('f1', values, true)).toEqual({
      fundId: 'f1',
      enterpriseId: 'e1',
      amount: '5000.5',
      date: '2026-02-03',
      round: 'B',
      stage: 'PAID',
      leadId: 'l1',
      projectId: 'p2',
      localAmount: '3000',
    });
    expect(toRecordInvestmentInput('f1', values, false).localAmount).toBeNull();
  });

  it('creates a 资本招商 lead instead of linking one when asked', () => {
    const input = toRecordInvestmentInput(
      'f1',
      { ...values, createLead: true, leadSegmentCode: 'HYDROGEN', leadTownCode: 'NANQIAO' },
      false,
    );
    expect(input).toMatchObject({
      leadId: null,
      projectId: null,
      createLead: { segmentCode: 'HYDROGEN', townCode: 'NANQIAO', ownerId: null },
    });
  });

  it('updates with the version it read', () => {
    expect(toUpdateInvestmentInput(investmentRow(), { ...values, stage: 'DECIDED' }, false)).toMatchObject({
      id: 'i1',
      version: 1,
      stage: 'DECIDED',
      amount: '5000.5',
      localAmount: null,
    });
  });
});
