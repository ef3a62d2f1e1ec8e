import { allowedMoves, checkMove, LEAD_STAGES, LEAD_STAGE_LABELS, type LeadStage } from './pipeline';

describe('lead pipeline', () => {
  it('labels every stage as DOMAIN.md names it', () => {
    expect(LEAD_STAGES.map((s) => LEAD_STAGE_LABELS[s].zh)).toEqual(['线索', '初步接洽', '实地考察', '深度洽谈', '过会', '签约', '暂缓', '流失']);
  });

  it.each<[LeadStage, LeadStage, string | null, boolean]>([
    ['NEW', 'CONTACTED', null, true],
    ['NEW', 'VISITED', null, true],
    ['CONTACTED', 'VISITED', null, true],
    ['VISITED', 'SIGNED', null, false],
    ['VISITED', 'APPROVED', null, true],
    ['NEW', 'SIGNED', null, false],
    ['NEGOTIATING', 'SIGNED', null, false],
    ['VISITED', 'CONTACTED', null, true],
    ['VISITED', 'NEW', null, false],
    ['NEGOTIATING', 'APPROVED', null, true],
    ['APPROVED', 'SIGNED', null, true],
    ['SIGNED', 'LOST', '撤约', false],
    ['SIGNED', 'NEGOTIATING', null, false],
    ['NEW', 'ON_HOLD', '企业暂停投资计划', true],
    ['NEW', 'ON_HOLD', null, false],
    ['NEW', 'ON_HOLD', '   ', false],
    ['NEGOTIATING', 'LOST', '落户其他区', true],
    ['NEGOTIATING', 'LOST', '', false],
    ['ON_HOLD', 'NEGOTIATING', null, true],
    ['ON_HOLD', 'SIGNED', null, false],
    ['LOST', 'NEW', null, true],
    ['LOST', 'CONTACTED', null, false],
    ['CONTACTED', 'CONTACTED', null, false],
  ])('%s → %s (reason %j): allowed %s', (from, to, reason, ok) => {
    expect(checkMove(from, to, reason).ok).toBe(ok);
  });

  it('says which moves are allowed when refusing one', () => {
    const result = checkMove('VISITED', 'NEW', null);
    expect(result).toEqual({
      ok: false,
      field: 'stage',
      message: '不能从“实地考察”直接转到“线索”，可转到：“初步接洽”、“深度洽谈”、“过会”、“暂缓”、“流失”',
    });
  });

  it('lets a lead sign only from 过会, naming the moves it has instead', () => {
    for (const from of LEAD_STAGES) expect(allowedMoves(from).includes('SIGNED')).toBe(from === 'APPROVED');
    expect(checkMove('NEGOTIATING', 'SIGNED', null)).toEqual({
      ok: false,
      field: 'stage',
      message: '不能从“深度洽谈”直接转到“签约”，可转到：“实地考察”、“过会”、“暂缓”、“流失”',
    });
  });

  it('asks for a reason on the reason field', () => {
    expect(checkMove('NEW', 'LOST', undefined)).toEqual({ ok: false, field: 'reason', message: '转为“流失”须填写原因' });
  });

  it('closes a signed lead', () => {
    expect(allowedMoves('SIGNED')).toEqual([]);
    expect(checkMove('SIGNED', 'NEW', null)).toMatchObject({ ok: false, message: '“签约”的线索不能再变更阶段' });
  });
});
