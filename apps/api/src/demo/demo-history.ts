import type { INestApplication } from '@nestjs/common';
import {
  addDays,
  normalizeCompanyName,
  PIPELINE_PATH,
  type Channel,
  type LeadStage,
} from '@lianzhao/domain';
import { Clock, type RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Organization, OrganizationsService, User } from '@lianzhao/api-users';

import { seedReferrals } from './demo-history-referrals';
import { seedInvestments, seedTargetActuals } from './demo-history-funds';
import {
  DAY_MS,
  SEED,
  LEAD_COUNT,
  SIGNED_COUNT,
  shanghaiAt,
  shanghaiDay,
  monthStart,
  CITIES,
  BRAND_A,
  BRAND_B,
  SEGMENT_WORDS,
  SUFFIXES,
  PARKS,
  LOST_REASONS,
  ON_HOLD_REASONS,
  PLAN_OFFSETS,
  Person,
  PartnerOrg,
  Move,
  HistoryLead,
  insertRows,
  EXTRA_ORGANIZATIONS,
  CHANNEL_KINDS,
  CHANNEL_WEIGHTS,
  Draw,
} from './demo-history-kit';

// Two years of an office's history for the cockpit (issue 13): a few hundred leads across every
// stage and channel with backdated stage histories, about sixty landing projects at every
// milestone (some late), referrals from each kind of partner, investments of the demo funds and
// the admin's entered target actuals. Everything is drawn from one seeded generator and dated
// relative to today (the history spans the two years of months before this one), so every first start
// produces the same office and it never goes stale.
//
// Speed: the rows are written set-wise (one INSERT … SELECT FROM unnest(…) per table) in the demo's
// transaction; the database's own triggers fill what they always fill (search text, lead stage
// totals, the projects' milestone facts). Only the few records whose rules live in services
// (organisations, a fund, investments) go through them. The rows obey the rules the services
// enforce one by one: apps/api/test/demo-data.spec.ts checks them as bench-data.spec.ts does.

/**
 * Fills the demo with its history. Runs inside the demo's transaction after the base demo; returns
 * the partner accounts it added.
 */
export async function seedDemoHistory(app: INestApplication, ctx: RequestContext): Promise<string[]> {
  const connection = app.get(TransactionalConnection);
  const manager = connection.getRepository(ctx, User).manager;
  const clock = app.get(Clock);
  const today = clock.today();
  // The history ends where today begins: nothing in it depends on the hour of the first start.
  const now = shanghaiAt(today, 0);
  const draw = new Draw(SEED);
  const historyStart = monthStart(today, 23);
  const span =
    (new Date(`${today}T00:00:00Z`).getTime() - new Date(`${historyStart}T00:00:00Z`).getTime()) / DAY_MS;

  // People and partners.
  const users = await connection.getRepository(ctx, User).find();
  const person = (username: string): Person => {
    const u = users.find((x) => x.username === username);
    if (!u) throw new Error(`demo user ${username} is missing`);
    return { id: u.id, name: u.displayName };
  };
  const officers = [person('officer'), person('officer2')];
  const admin = person('admin');
  const organizations = app.get(OrganizationsService);
  const partnerHash = users.find((u) => u.username === 'partner')?.passwordHash ?? '';
  for (const extra of EXTRA_ORGANIZATIONS) {
    const org = await organizations.create(ctx, {
      name: extra.name,
      kind: extra.kind,
      contactName: extra.contact,
      contactPhone: '021-57100009',
    });
    // The same demo password as every demo account: its hash is copied rather than computed again.
    await manager.query(
      `INSERT INTO users (username, display_name, role, password_hash, organization_id) VALUES ($1, $2, 'PARTNER', $3, $4)`,
      [extra.user, extra.userName, partnerHash, org.id],
    );
  }
  const filers = await connection.getRepository(ctx, User).find({ where: { role: 'PARTNER' } });
  const orgRows = await connection
    .getRepository(ctx, Organization)
    .find({ order: { createdAt: 'ASC', name: 'ASC' } });
  const partners: PartnerOrg[] = orgRows.flatMap((o) => {
    const filer = filers.find((u) => u.organizationId === o.id);
    return filer ? [{ id: o.id, kind: o.kind, filer: { id: filer.id, name: filer.displayName } }] : [];
  });

  const segments: Array<{ code: string; industry_code: string }> = await manager.query(
    'SELECT code, industry_code FROM segments ORDER BY sort_order, code',
  );
  const towns: Array<{ code: string }> = await manager.query(
    "SELECT code FROM places WHERE kind IN ('TOWN', 'STREET') ORDER BY sort_order, code",
  );
  const leadingSegments = segments.filter((s) => s.industry_code !== 'OTHER' && SEGMENT_WORDS[s.code]);
  const otherSegments = segments.filter((s) => s.industry_code === 'OTHER' && SEGMENT_WORDS[s.code]);
  const channelBag = CHANNEL_WEIGHTS.flatMap(([c, w]) => Array<Channel>(w).fill(c));

  // Final stages: about sixty signed, the rest spread over the pipeline, 暂缓 and 流失.
  const finals: LeadStage[] = [];
  const mix: ReadonlyArray<[LeadStage, number]> = [
    ['SIGNED', SIGNED_COUNT],
    ['NEW', 40],
    ['CONTACTED', 52],
    ['VISITED', 44],
    ['NEGOTIATING', 36],
    ['APPROVED', 18],
    ['ON_HOLD', 26],
  ];
  for (const [stage, count] of mix) for (let i = 0; i < count; i++) finals.push(stage);
  while (finals.length < LEAD_COUNT) finals.push('LOST');

  const leads: HistoryLead[] = [];
  const enterpriseRows: unknown[][] = [];
  for (let i = 0; i < LEAD_COUNT; i++) {
    // Shuffle deterministically: lead i gets a final stage picked from what is left.
    const final = finals.splice(draw.int(0, finals.length - 1), 1)[0];
    const segment = draw.chance(0.82) ? draw.pick(leadingSegments) : draw.pick(otherSegments);
    const [companyWord, projectWord] = SEGMENT_WORDS[segment.code];
    const city = draw.pick(CITIES);
    const brand = BRAND_A[i % BRAND_A.length] + BRAND_B[Math.floor(i / BRAND_A.length) % BRAND_B.length];
    const companyName = `${city}${brand}${companyWord}${draw.pick(SUFFIXES)}（示例）`;
    const channel = draw.pick(channelBag);
    const kinds = CHANNEL_KINDS[channel];
    const candidates = partners.filter((p) => kinds.includes(p.kind));
    const organization =
      candidates.length && (channel !== 'EVENT' || draw.chance(0.6)) ? draw.pick(candidates) : null;
    const owner = officers[i % 2];
    const planned = Math.round(Math.pow(10, 3.3 + 1.9 * draw.unit()) / 100) * 100;

    // The moves first, then a creation day early enough for all of them to have happened.
    const moves = timeMoves(pathTo(final, draw), historyStart, span, now, draw);
    const createdAt = moves[0].at;
    const lead: HistoryLead = {
      id: draw.uuid(),
      enterpriseId: draw.uuid(),
      companyName,
      projectName: `${brand}${projectWord}`,
      industryCode: segment.industry_code,
      segmentCode: segment.code,
      channel,
      organization,
      owner,
      townCode: draw.pick(towns).code,
      plannedInvestment: String(planned),
      createdAt,
      moves,
    };
    leads.push(lead);
    enterpriseRows.push([
      lead.enterpriseId,
      companyName,
      normalizeCompanyName(companyName),
      segment.industry_code,
      segment.code,
      // 科创 tags on a share of the companies, so the funds' 投资科创项目 figure has something to count.
      draw.chance(0.45) ? '{HIGH_TECH}' : draw.chance(0.2) ? '{INNOVATIVE}' : '{}',
      city === '上海' ? '上海' : city,
      createdAt,
    ]);
  }

  // tag_codes is an array column: unnest cannot take an array of arrays, so it goes as text.
  await manager.query(
    `INSERT INTO enterprises (id, name, name_normalized, industry_code, segment_code, tag_codes, headquarters_city, created_at, updated_at)
     SELECT id, name, nn, ic, sc, CAST(tags AS varchar[]), city, at, at
       FROM unnest(CAST($1 AS uuid[]), CAST($2 AS varchar[]), CAST($3 AS varchar[]), CAST($4 AS varchar[]),
                   CAST($5 AS varchar[]), CAST($6 AS text[]), CAST($7 AS varchar[]), CAST($8 AS timestamptz[]))
            AS t(id, name, nn, ic, sc, tags, city, at)`,
    [0, 1, 2, 3, 4, 5, 6, 7].map((k) => enterpriseRows.map((r) => r[k])),
  );

  // Leads, then their histories. The lead rows carry their final stage; the triggers keep the
  // stage totals and the search text.
  await insertRows(
    manager,
    'leads',
    [
      ['id', 'uuid'],
      ['enterprise_id', 'uuid'],
      ['project_name', 'varchar'],
      ['industry_code', 'varchar'],
      ['segment_code', 'varchar'],
      ['channel', 'varchar'],
      ['source_organization_id', 'uuid'],
      ['owner_id', 'uuid'],
      ['town_code', 'varchar'],
      ['planned_investment', 'numeric'],
      ['stage', 'varchar'],
      ['stage_changed_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    leads.map((l) => {
      const last = l.moves[l.moves.length - 1];
      return [
        l.id,
        l.enterpriseId,
        l.projectName,
        l.industryCode,
        l.segmentCode,
        l.channel,
        l.organization?.id ?? null,
        l.owner.id,
        l.townCode,
        l.plannedInvestment,
        last.to,
        last.at,
        l.createdAt,
        last.at,
      ];
    }),
  );
  await insertRows(
    manager,
    'lead_stage_changes',
    [
      ['lead_id', 'uuid'],
      ['from_stage', 'varchar'],
      ['to_stage', 'varchar'],
      ['reason', 'text'],
      ['actor_id', 'uuid'],
      ['actor_name', 'varchar'],
      ['at', 'timestamptz'],
    ],
    leads.flatMap((l) => l.moves.map((m) => [l.id, m.from, m.to, m.reason, l.owner.id, l.owner.name, m.at])),
  );

  // Landing projects of the signed leads, with their milestones.
  const projects: Array<{ lead: HistoryLead; id: string; landedOn: string | null }> = [];
  const projectRows: unknown[][] = [];
  const milestoneRows: unknown[][] = [];
  for (const lead of leads.filter((l) => l.moves[l.moves.length - 1].to === 'SIGNED')) {
    const signedAt = lead.moves[lead.moves.length - 1].at;
    const signedOn = shanghaiDay(signedAt);
    const type = lead.industryCode === 'OTHER' ? 'LIGHT' : 'HEAVY';
    const contract = Math.round((Number(lead.plannedInvestment) * (0.8 + 0.5 * draw.unit())) / 10) * 10;
    // How this project moves: most on time or a little late, some slow, some stuck.
    const pace = draw.pick(
      type === 'LIGHT'
        ? (['ON_TIME', 'LATE', 'STUCK', 'STUCK'] as const)
        : (['ON_TIME', 'ON_TIME', 'LATE', 'LATE', 'SLOW', 'STUCK'] as const),
    );
    const stuckAfter = pace === 'STUCK' ? draw.int(1, type === 'LIGHT' ? 2 : 3) : 99;
    const id = draw.uuid();
    let previous = signedOn;
    let open = false;
    let landedOn: string | null = null;
    let completed = false;
    PLAN_OFFSETS[type].forEach(([code, offset], position) => {
      const planned = code === 'SIGNED' ? null : addDays(signedOn, offset + draw.int(-10, 10));
      let actual: string | null = null;
      if (code === 'SIGNED') actual = signedOn;
      else if (!open && position <= stuckAfter && planned) {
        const delay =
          pace === 'ON_TIME'
            ? draw.int(-15, 3)
            : pace === 'LATE'
              ? draw.int(5, 40)
              : pace === 'SLOW'
                ? draw.int(30, 120)
                : draw.int(0, 30);
        const candidate = addDays(planned, delay);
        const day = candidate < previous ? previous : candidate;
        if (day <= today) actual = day;
      }
      if (!actual) open = true;
      else previous = actual;
      if (code === 'REGISTERED' && actual) landedOn = actual;
      if (code === 'COMPLETED' && actual) completed = true;
      milestoneRows.push([id, code, position, planned, actual]);
    });
    const heavy = type === 'HEAVY';
    projectRows.push([
      id,
      lead.id,
      lead.enterpriseId,
      lead.projectName,
      type,
      lead.industryCode,
      lead.segmentCode,
      lead.channel,
      lead.organization?.id ?? null,
      lead.owner.id,
      lead.townCode,
      // A park of the project's town, or one in no town, as the project form allows.
      draw.chance(0.6) ? draw.pick(PARKS.filter((p) => !p.townCode || p.townCode === lead.townCode)).code : null,
      String(contract),
      String(Math.round(contract / 50) * 10),
      String(Math.round(contract * 0.6)),
      completed ? String(Math.round(contract * (0.5 + 0.3 * draw.unit()))) : null,
      String(Math.round(contract * (1.2 + draw.unit()))),
      String(Math.round(contract * 0.08)),
      heavy ? String(draw.int(15, 160)) : null,
      heavy
        ? draw.pick(['FLEXIBLE_TRANSFER', 'LONG_LEASE', 'LEASE_THEN_TRANSFER', 'LEASE_AND_TRANSFER'])
        : null,
      heavy ? null : String(draw.int(8, 60) * 100),
      heavy ? null : draw.pick(['LEASED', 'BOUGHT']),
      draw.int(3, 60) * 10,
      signedAt,
    ]);
    projects.push({ lead, id, landedOn });
  }
  await insertRows(
    manager,
    'projects',
    [
      ['id', 'uuid'],
      ['lead_id', 'uuid'],
      ['enterprise_id', 'uuid'],
      ['name', 'varchar'],
      ['type', 'varchar'],
      ['industry_code', 'varchar'],
      ['segment_code', 'varchar'],
      ['channel', 'varchar'],
      ['source_organization_id', 'uuid'],
      ['owner_id', 'uuid'],
      ['town_code', 'varchar'],
      ['park_code', 'varchar'],
      ['contract_investment', 'numeric'],
      ['registered_capital', 'numeric'],
      ['planned_fixed_asset_investment', 'numeric'],
      ['actual_fixed_asset_investment', 'numeric'],
      ['expected_output', 'numeric'],
      ['expected_tax', 'numeric'],
      ['land_area', 'numeric'],
      ['site_supply_mode', 'varchar'],
      ['space_area', 'numeric'],
      ['space_tenure', 'varchar'],
      ['jobs_planned', 'int'],
      ['created_at', 'timestamptz'],
    ],
    projectRows,
  );
  await insertRows(
    manager,
    'project_milestones',
    [
      ['project_id', 'uuid'],
      ['code', 'varchar'],
      ['position', 'int'],
      ['planned_date', 'date'],
      ['actual_date', 'date'],
    ],
    milestoneRows,
  );

  await seedReferrals(manager, draw, leads, partners, projects, today, now);
  await seedInvestments(app, ctx, draw, projects, today);
  await seedTargetActuals(manager, admin, today, now);
  return EXTRA_ORGANIZATIONS.map((o) => o.user);
}

/** The stage moves that lead to `final`: forward steps (some skipped), 过会 before 签约, a pause now and then. */
function pathTo(final: LeadStage, draw: Draw): Array<Omit<Move, 'at'>> {
  const moves: Array<Omit<Move, 'at'>> = [{ from: null, to: 'NEW', reason: null }];
  let stage: LeadStage = 'NEW';
  const go = (to: LeadStage, reason: string | null = null) => {
    moves.push({ from: stage, to, reason });
    stage = to;
  };
  const target: LeadStage =
    final === 'ON_HOLD' || final === 'LOST'
      ? draw.pick(['NEW', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'APPROVED'] as const)
      : final;
  const path = PIPELINE_PATH.slice(1, PIPELINE_PATH.indexOf(target) + 1);
  for (const step of path) {
    // Earlier stages may be skipped, but 签约 is reached only from 过会.
    const required = step === target || step === 'APPROVED';
    if (!required && draw.chance(0.2)) continue;
    go(step);
    // An occasional pause on the way, resumed at the same stage.
    if (step !== target && draw.chance(0.06)) {
      const resumeAt = stage;
      go('ON_HOLD', draw.pick(ON_HOLD_REASONS));
      go(resumeAt);
    }
  }
  if (final === 'ON_HOLD') go('ON_HOLD', draw.pick(ON_HOLD_REASONS));
  if (final === 'LOST') go('LOST', draw.pick(LOST_REASONS));
  return moves;
}

/**
 * Dates the moves a week to two months apart (closer when the path is long), from a creation day
 * drawn so that the last move falls before `now`: some leads are old and settled, others moving.
 */
function timeMoves(
  moves: Array<Omit<Move, 'at'>>,
  historyStart: string,
  span: number,
  now: Date,
  draw: Draw,
): Move[] {
  const room = (span - 3) * DAY_MS;
  const drawn = moves.map((_, i) => (i === 0 ? 0 : (7 + 53 * draw.unit()) * DAY_MS));
  const total = drawn.reduce((x, y) => x + y, 0);
  const scale = total > room * 0.9 ? (room * 0.9) / total : 1;
  // At least an hour apart, so the history's order is its time order.
  const gaps = drawn.map((g, i) => (i === 0 ? 0 : Math.max(3_600_000, Math.round(g * scale))));
  const needed = gaps.reduce((x, y) => x + y, 0);
  const latestStart = now.getTime() - DAY_MS - needed - 10 * 3_600_000;
  const maxDays = Math.max(0, Math.floor((latestStart - shanghaiAt(historyStart, 0).getTime()) / DAY_MS));
  let t = shanghaiAt(
    addDays(historyStart, Math.floor(draw.unit() * (maxDays + 1))),
    9 * 60 + draw.int(0, 480),
  ).getTime();
  return moves.map((m, i) => {
    t += gaps[i];
    return { ...m, at: new Date(t) };
  });
}
