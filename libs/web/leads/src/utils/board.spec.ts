import type { LeadCardFragment } from '@lianzhao/web-data';
import {
  boardVariables,
  BOARD_STAGES,
  dropStates,
  edgeScrollStep,
  groupByStage,
  neighbourStage,
  visibleStages,
} from './board';

function card(id: string, stage: LeadCardFragment['stage']): LeadCardFragment {
  return {
    __typename: 'Lead',
    id,
    stage,
    projectName: `项目${id}`,
    version: 1,
    plannedInvestment: null,
    expectedSigningOn: null,
    grade: null,
    channel: 'SELF',
    tagCodes: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    enterprise: { __typename: 'Enterprise', id: 'e1', name: '某企业', creditCode: null },
    owner: { __typename: 'User', id: 'u1', displayName: '张招商' },
    industry: { __typename: 'Industry', code: 'OTHER', name: '其他', nameEn: 'Other' },
    segment: { __typename: 'Segment', code: 'TRADE', name: '商贸企业', nameEn: 'Trade' },
  };
}

describe('board drop targets', () => {
  it('has the six path columns, then 暂缓 and 流失', () => {
    expect(BOARD_STAGES).toEqual([
      'NEW',
      'CONTACTED',
      'VISITED',
      'NEGOTIATING',
      'APPROVED',
      'SIGNED',
      'ON_HOLD',
      'LOST',
    ]);
  });

  it.each([
    // From 实地考察: one step back, any step forward up to 过会, 暂缓 and 流失; 签约 only after 过会.
    ['VISITED', ['CONTACTED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD', 'LOST'], ['NEW', 'SIGNED']],
    // A new lead cannot step back, and may skip ahead up to 过会.
    ['NEW', ['CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD', 'LOST'], ['SIGNED']],
    // 过会 is the one way to 签约.
    ['APPROVED', ['NEGOTIATING', 'SIGNED', 'ON_HOLD', 'LOST'], ['NEW', 'CONTACTED', 'VISITED']],
    // Signed is final: every other column is dimmed.
    ['SIGNED', [], ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'ON_HOLD', 'LOST']],
    // A lost lead can only be reopened as a new one.
    ['LOST', ['NEW'], ['CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'SIGNED', 'ON_HOLD']],
    // From 暂缓 it resumes at any open stage, but cannot jump to 签约.
    ['ON_HOLD', ['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED', 'LOST'], ['SIGNED']],
  ] as const)('a card in %s may go to %j and is kept out of %j', (from, allowed, blocked) => {
    const states = dropStates(from);
    expect(states[from]).toBe('self');
    expect(BOARD_STAGES.filter((s) => states[s] === 'allowed')).toEqual(allowed);
    expect(BOARD_STAGES.filter((s) => states[s] === 'blocked')).toEqual(blocked);
  });
});

describe('board data', () => {
  it('places each card by its current stage, once', () => {
    const moved = { ...card('1', 'VISITED') };
    const groups = groupByStage([
      [moved, card('2', 'NEW')],
      [card('3', 'VISITED'), moved],
    ]);
    expect(groups.NEW.map((l) => l.id)).toEqual(['2']);
    expect(groups.VISITED.map((l) => l.id)).toEqual(['1', '3']);
    expect(groups.LOST).toEqual([]);
  });

  it('narrows the filter to each column and shows only the filtered columns', () => {
    const vars = boardVariables({ search: '链招', stages: ['LOST'] }, 30);
    expect(vars.NEW).toEqual({ search: '链招', stages: ['NEW'] });
    expect(vars.LOST).toEqual({ search: '链招', stages: ['LOST'] });
    expect(vars.first).toBe(30);
    expect(visibleStages({ stages: ['LOST', 'NEW'] })).toEqual(['NEW', 'LOST']);
    expect(visibleStages({})).toHaveLength(8);
  });
});

describe('moving by keyboard and scrolling while dragging', () => {
  it('steps to the neighbouring column, none past either end', () => {
    expect(neighbourStage('NEW', 1)).toBe('CONTACTED');
    expect(neighbourStage('CONTACTED', -1)).toBe('NEW');
    expect(neighbourStage('APPROVED', 1)).toBe('SIGNED');
    expect(neighbourStage('NEW', -1)).toBeNull();
    expect(neighbourStage('LOST', 1)).toBeNull();
  });

  it('scrolls only near an edge, faster closer to it', () => {
    expect(edgeScrollStep(500, 0, 1000)).toBe(0);
    expect(edgeScrollStep(60, 0, 1000)).toBe(0);
    expect(edgeScrollStep(40, 0, 1000)).toBeLessThan(0);
    expect(edgeScrollStep(0, 0, 1000)).toBe(-24);
    expect(edgeScrollStep(-30, 0, 1000)).toBe(-24);
    expect(edgeScrollStep(990, 0, 1000)).toBeGreaterThan(edgeScrollStep(960, 0, 1000));
    expect(edgeScrollStep(1000, 0, 1000)).toBe(24);
    // An area too small to have a middle never scrolls.
    expect(edgeScrollStep(10, 0, 100)).toBe(0);
  });
});
