import type { AuditEntryFieldsFragment, FollowUpFieldsFragment } from '@lianzhao/web-data';
import { leadTimeline } from './timeline';

const followUp: FollowUpFieldsFragment = {
  __typename: 'FollowUp',
  id: 'f1',
  kind: 'VISIT',
  occurredOn: '2026-03-01',
  participants: null,
  summary: '走访企业',
  nextStep: null,
  nextStepDueOn: null,
  nextStepDone: false,
  overdue: false,
  authorName: '张招商',
  createdAt: '2026-03-02T09:00:00.000Z',
};

function audit(
  id: string,
  at: string,
  action: AuditEntryFieldsFragment['action'],
  fields: string[],
): AuditEntryFieldsFragment {
  return {
    __typename: 'AuditEntry',
    id,
    action,
    actorName: '张招商',
    at,
    note: null,
    changes: fields.map((field) => ({ __typename: 'FieldChange', field, before: null, after: 'x' })),
  };
}

describe('leadTimeline', () => {
  it('merges follow-ups, moves and edits newest first, without repeating an event', () => {
    const entries = leadTimeline({
      followUps: [followUp],
      stageChanges: [
        {
          __typename: 'LeadStageChange',
          id: 's2',
          fromStage: 'NEW',
          toStage: 'VISITED',
          reason: null,
          actorName: '张招商',
          at: '2026-03-03T10:00:00.000Z',
        },
        {
          __typename: 'LeadStageChange',
          id: 's1',
          fromStage: null,
          toStage: 'NEW',
          reason: null,
          actorName: '张招商',
          at: '2026-03-01T08:00:00.000Z',
        },
      ],
      auditTrail: [
        audit('a4', '2026-03-04T10:00:00.000Z', 'UPDATE', ['plannedInvestment']),
        audit('a3', '2026-03-03T10:00:00.000Z', 'MOVE', ['stage']),
        audit('a2', '2026-03-02T09:00:00.000Z', 'UPDATE', ['followUp']),
        audit('a1', '2026-03-01T08:00:00.000Z', 'CREATE', ['projectName']),
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['a-a4', 's-s2', 'f-f1', 'a-a1']);
    expect(entries.every((e) => e.who === '张招商')).toBe(true);
  });

  it('shows a ticked-off next step as its own entry, when it was ticked off', () => {
    const entries = leadTimeline({
      followUps: [{ ...followUp, nextStep: '提供地块方案', nextStepDone: true }],
      stageChanges: [],
      auditTrail: [
        audit('a3', '2026-03-05T10:00:00.000Z', 'UPDATE', ['nextStep']),
        audit('a2', '2026-03-02T09:00:00.000Z', 'UPDATE', ['followUp']),
      ],
    });
    expect(entries.map((e) => e.id)).toEqual(['a-a3', 'f-f1']);
  });
});
