import {
  canBeOptional,
  canChangeProjectType,
  checkActualDate,
  DEFAULT_MILESTONE_TEMPLATES,
  DEFAULT_OPTIONAL_MILESTONES,
  defaultProjectType,
  landedOn,
  MILESTONE_LABELS,
  milestoneDaysLate,
  milestonesAsOf,
  milestoneStatus,
  nextMilestone,
  projectHealth,
  rebuildMilestones,
  signedOn,
  type MilestoneCode,
  type MilestoneDates,
  type MilestoneStatus,
} from './milestones';

function heavy(dates: Partial<Record<MilestoneCode, [string | null, string | null]>>): MilestoneDates[] {
  return DEFAULT_MILESTONE_TEMPLATES.HEAVY.map((code) => ({
    code,
    plannedDate: dates[code]?.[0] ?? null,
    actualDate: dates[code]?.[1] ?? null,
  }));
}

describe('landing milestones', () => {
  it('labels the templates as DOMAIN.md names them', () => {
    expect(DEFAULT_MILESTONE_TEMPLATES.HEAVY.map((c) => MILESTONE_LABELS[c].zh)).toEqual([
      '签约',
      '工商注册',
      '土地/空间落实',
      '开工',
      '竣工',
      '投产',
      '达产',
    ]);
    expect(DEFAULT_MILESTONE_TEMPLATES.LIGHT.map((c) => MILESTONE_LABELS[c].zh)).toEqual([
      '签约',
      '工商注册',
      '入驻',
      '运营',
    ]);
  });

  it.each([
    ['OTHER', 'LIGHT'],
    ['GREEN_ENERGY', 'HEAVY'],
    ['BEAUTY_HEALTH', 'HEAVY'],
  ])('industry %s defaults to %s', (industry, type) => {
    expect(defaultProjectType(industry)).toBe(type);
  });

  const today = '2026-03-10';
  it.each<[string | null, string | null, MilestoneStatus]>([
    [null, null, 'NOT_PLANNED'],
    ['2026-01-01', '2026-02-01', 'DONE'],
    [null, '2026-02-01', 'DONE'],
    ['2026-03-09', null, 'OVERDUE'],
    ['2026-03-10', null, 'DUE'],
    ['2026-04-09', null, 'DUE'],
    ['2026-04-10', null, 'PLANNED'],
  ])('planned %s, actual %s → %s on 2026-03-10', (plannedDate, actualDate, status) => {
    expect(milestoneStatus({ code: 'COMPLETED', plannedDate, actualDate }, today)).toBe(status);
  });

  it('counts days late up to today while open and up to the actual date once done', () => {
    expect(milestoneDaysLate({ code: 'COMPLETED', plannedDate: '2026-03-01', actualDate: null }, today)).toBe(
      9,
    );
    expect(
      milestoneDaysLate({ code: 'COMPLETED', plannedDate: '2026-03-01', actualDate: '2026-03-04' }, today),
    ).toBe(3);
    expect(milestoneDaysLate({ code: 'COMPLETED', plannedDate: '2026-03-20', actualDate: null }, today)).toBe(
      0,
    );
  });

  it.each<
    [
      string,
      Partial<Record<MilestoneCode, [string | null, string | null]>>,
      string,
      number,
      MilestoneCode | null,
    ]
  >([
    ['nothing planned', { SIGNED: [null, '2026-01-01'] }, 'ON_TRACK', 0, null],
    [
      'a plan far ahead',
      { SIGNED: [null, '2026-01-01'], REGISTERED: ['2026-06-01', null] },
      'ON_TRACK',
      0,
      null,
    ],
    ['a plan within 30 days', { REGISTERED: ['2026-04-01', null] }, 'AT_RISK', 0, 'REGISTERED'],
    [
      'the worst of two overdue',
      { REGISTERED: ['2026-03-01', null], SITE_SECURED: ['2026-02-01', null] },
      'OVERDUE',
      37,
      'SITE_SECURED',
    ],
    ['done late is no longer overdue', { REGISTERED: ['2026-02-01', '2026-03-01'] }, 'ON_TRACK', 0, null],
  ])('health: %s', (_name, dates, health, daysLate, worst) => {
    expect(projectHealth(heavy(dates), today)).toEqual({ health, daysLate, worst });
  });

  it('turns overdue the day after the planned date (Shanghai calendar days)', () => {
    const ms = heavy({ REGISTERED: ['2026-03-10', null] });
    expect(projectHealth(ms, '2026-03-10').health).toBe('AT_RISK');
    expect(projectHealth(ms, '2026-03-11')).toEqual({ health: 'OVERDUE', daysLate: 1, worst: 'REGISTERED' });
  });

  it('finds the next milestone and the landed date', () => {
    const ms = heavy({
      SIGNED: [null, '2026-01-01'],
      REGISTERED: [null, '2026-02-01'],
      CONSTRUCTION_STARTED: [null, '2026-03-01'],
    });
    expect(nextMilestone(ms)).toBe('SITE_SECURED');
    expect(landedOn(ms)).toBe('2026-02-01');
    expect(landedOn(heavy({}))).toBeNull();
    expect(signedOn(ms)).toBe(ms[0].actualDate);
    expect(signedOn(heavy({}))).toBeNull();
  });

  describe('actual-date order', () => {
    const OPTIONAL = DEFAULT_OPTIONAL_MILESTONES.HEAVY;
    const ms = heavy({
      SIGNED: [null, '2026-01-01'],
      REGISTERED: [null, '2026-02-01'],
      CONSTRUCTION_STARTED: [null, '2026-03-01'],
    });
    it.each<[MilestoneCode, string | null, boolean, MilestoneCode | null]>([
      ['COMPLETED', '2026-03-05', true, null],
      ['COMPLETED', '2026-03-01', true, null],
      // 竣工 is not optional: 投产 waits for it.
      ['IN_PRODUCTION', '2026-03-05', false, 'COMPLETED'],
      ['IN_PRODUCTION', '2026-02-20', false, 'CONSTRUCTION_STARTED'],
      ['COMPLETED', '2026-02-20', false, 'CONSTRUCTION_STARTED'],
      ['SITE_SECURED', '2026-02-15', true, null],
      ['SITE_SECURED', '2026-03-02', false, 'CONSTRUCTION_STARTED'],
      ['SITE_SECURED', '2026-01-15', false, 'REGISTERED'],
      ['REGISTERED', '2025-12-31', false, 'SIGNED'],
      ['IN_PRODUCTION', '2026-03-11', false, null],
      ['IN_PRODUCTION', null, true, null],
      ['MOVED_IN', '2026-03-01', false, null],
    ])('%s on %s: ok %s, conflicts with %s', (code, date, ok, conflictsWith) => {
      const result = checkActualDate(ms, code, date, today, OPTIONAL);
      expect(result.ok).toBe(ok);
      if (!result.ok) expect(result.conflictsWith).toBe(conflictsWith);
    });

    it('names the milestone in the message', () => {
      expect(checkActualDate(ms, 'IN_PRODUCTION', '2026-02-20', today, OPTIONAL)).toEqual({
        ok: false,
        conflictsWith: 'CONSTRUCTION_STARTED',
        message: '“投产”的实际日期不能早于“开工”（2026-03-01）',
      });
      expect(checkActualDate(ms, 'IN_PRODUCTION', '2026-03-11', today, OPTIONAL)).toMatchObject({
        message: '“投产”的实际日期不能晚于今天（2026-03-10）',
      });
    });

    it('puts 落地 first: nothing after 工商注册 gets a date while it has none', () => {
      const signedOnly = heavy({ SIGNED: [null, '2026-01-01'] });
      for (const code of ['SITE_SECURED', 'CONSTRUCTION_STARTED', 'IN_PRODUCTION'] as const) {
        expect(checkActualDate(signedOnly, code, '2026-03-01', today, OPTIONAL)).toEqual({
          ok: false,
          conflictsWith: 'REGISTERED',
          message: `须先记录“工商注册”的实际日期，才能记录“${MILESTONE_LABELS[code].zh}”`,
        });
      }
      expect(checkActualDate(signedOnly, 'REGISTERED', '2026-03-01', today, OPTIONAL).ok).toBe(true);
      const light = DEFAULT_MILESTONE_TEMPLATES.LIGHT.map((code) => ({
        code,
        plannedDate: null,
        actualDate: code === 'SIGNED' ? '2026-01-01' : null,
      }));
      expect(checkActualDate(light, 'MOVED_IN', '2026-03-01', today, DEFAULT_OPTIONAL_MILESTONES.LIGHT)).toMatchObject({
        ok: false,
        conflictsWith: 'REGISTERED',
      });
    });

    it('lets a template-optional milestone be skipped, and only that one', () => {
      // 土地/空间落实 is skipped (leased space), 开工 recorded: fine.
      expect(checkActualDate(ms, 'COMPLETED', '2026-03-05', today, OPTIONAL).ok).toBe(true);
      // Without the optional flag, the same skip is refused naming 土地/空间落实.
      expect(checkActualDate(ms, 'COMPLETED', '2026-03-05', today, [])).toMatchObject({
        ok: false,
        conflictsWith: 'SITE_SECURED',
      });
    });

    it('keeps a non-optional date while a later one exists; optional and last dates clear freely', () => {
      expect(checkActualDate(ms, 'REGISTERED', null, today, OPTIONAL)).toEqual({
        ok: false,
        conflictsWith: 'CONSTRUCTION_STARTED',
        message: '“开工”已有实际日期，须先清除它，才能清除“工商注册”的实际日期',
      });
      expect(checkActualDate(ms, 'CONSTRUCTION_STARTED', null, today, OPTIONAL).ok).toBe(true);
      expect(checkActualDate(ms, 'SIGNED', null, today, OPTIONAL)).toMatchObject({ ok: false, message: '签约日期不能清除' });
      const withSite = heavy({
        SIGNED: [null, '2026-01-01'],
        REGISTERED: [null, '2026-02-01'],
        SITE_SECURED: [null, '2026-02-10'],
        CONSTRUCTION_STARTED: [null, '2026-03-01'],
      });
      expect(checkActualDate(withSite, 'SITE_SECURED', null, today, OPTIONAL).ok).toBe(true);
    });
  });

  it('seeds 土地/空间落实 as the only optional milestone', () => {
    expect(DEFAULT_OPTIONAL_MILESTONES).toEqual({ HEAVY: ['SITE_SECURED'], LIGHT: [] });
  });

  it('allows a type change only until something after 工商注册 happened, keeping shared dates', () => {
    expect(
      canChangeProjectType(heavy({ SIGNED: [null, '2026-01-01'], REGISTERED: [null, '2026-02-01'] })),
    ).toBe(true);
    expect(canChangeProjectType(heavy({ SITE_SECURED: [null, '2026-02-01'] }))).toBe(false);
    const rebuilt = rebuildMilestones(
      DEFAULT_MILESTONE_TEMPLATES.LIGHT,
      heavy({ SIGNED: [null, '2026-01-01'], SITE_SECURED: ['2026-05-01', null] }),
    );
    expect(rebuilt).toEqual([
      { code: 'SIGNED', plannedDate: null, actualDate: '2026-01-01' },
      { code: 'REGISTERED', plannedDate: null, actualDate: null },
      { code: 'MOVED_IN', plannedDate: null, actualDate: null },
      { code: 'OPERATING', plannedDate: null, actualDate: null },
    ]);
  });
});

describe('milestonesAsOf', () => {
  const ms = [
    { code: 'SIGNED' as const, plannedDate: null, actualDate: '2026-01-05' },
    { code: 'REGISTERED' as const, plannedDate: '2026-02-01', actualDate: '2026-02-10' },
    { code: 'SITE_SECURED' as const, plannedDate: '2026-03-01', actualDate: null },
  ];
  it.each([
    ['2026-01-04', [null, null, null]],
    ['2026-01-05', ['2026-01-05', null, null]],
    ['2026-02-09', ['2026-01-05', null, null]],
    ['2026-02-10', ['2026-01-05', '2026-02-10', null]],
  ])('at the end of %s keeps only actual dates on or before it', (day, actuals) => {
    const asOf = milestonesAsOf(ms, day);
    expect(asOf.map((m) => m.actualDate)).toEqual(actuals);
    expect(asOf.map((m) => m.plannedDate)).toEqual(ms.map((m) => m.plannedDate));
  });
  it('reads late milestones done after the day as overdue on that day', () => {
    expect(projectHealth(milestonesAsOf(ms, '2026-02-05'), '2026-02-05')).toEqual({
      health: 'OVERDUE',
      daysLate: 4,
      worst: 'REGISTERED',
    });
  });
});

describe('canBeOptional', () => {
  it.each([
    ['SIGNED', false],
    ['REGISTERED', false],
    ['SITE_SECURED', true],
    ['MOVED_IN', true],
  ] as const)('%s → %s', (code, expected) => {
    expect(canBeOptional(code)).toBe(expected);
  });

  it('leaves every seeded optional milestone optional', () => {
    for (const codes of Object.values(DEFAULT_OPTIONAL_MILESTONES)) for (const code of codes) expect(canBeOptional(code)).toBe(true);
  });
});
