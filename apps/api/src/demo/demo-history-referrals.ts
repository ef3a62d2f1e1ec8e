// The demo history's referrals (demo-history.ts): filings from each kind of partner, with the
// protections, decisions and history lines the referral rules would have written.
import type { EntityManager } from 'typeorm';
import { addDays, DEFAULT_PROTECTION_DAYS, normalizeCompanyName } from '@lianzhao/domain';

import {
  DAY_MS,
  shanghaiAt,
  shanghaiDay,
  CITIES,
  BRAND_A,
  BRAND_B,
  SEGMENT_WORDS,
  REJECT_REASONS,
  CONTACTS,
  Person,
  PartnerOrg,
  HistoryLead,
  insertRows,
  Draw,
} from './demo-history-kit';

/**
 * Referrals of every partner organisation: accepted ones behind the partner channels' leads (filed
 * a few days before the lead was created), live protections, lapsed ones and rejections, each with
 * the history a referral's life leaves, and rewards for some landed ones.
 */
export async function seedReferrals(
  manager: EntityManager,
  draw: Draw,
  leads: readonly HistoryLead[],
  partners: readonly PartnerOrg[],
  projects: ReadonlyArray<{ lead: HistoryLead; landedOn: string | null }>,
  today: string,
  now: Date,
): Promise<void> {
  const rows: unknown[][] = [];
  const history: unknown[][] = [];
  const pd = DEFAULT_PROTECTION_DAYS;
  const file = (r: {
    org: PartnerOrg;
    company: string;
    industryCode: string;
    segmentCode: string;
    planned: string | null;
    status: string;
    filedAt: Date;
    protectedUntil: string;
    leadId?: string | null;
    enterpriseId?: string | null;
    decisionReason?: string | null;
    decidedAt?: Date | null;
    decider?: Person | null;
    reward?: { amount: string; on: string } | null;
  }) => {
    const id = draw.uuid();
    const filedUntil = addDays(shanghaiDay(r.filedAt), pd);
    rows.push([
      id,
      r.org.id,
      r.org.filer.id,
      r.company,
      normalizeCompanyName(r.company),
      r.industryCode,
      r.segmentCode,
      r.planned,
      draw.pick(CONTACTS),
      `138${String(draw.int(10_000_000, 99_999_999))}`,
      r.status,
      r.protectedUntil,
      r.leadId ?? null,
      r.enterpriseId ?? null,
      r.decisionReason ?? null,
      r.decidedAt ?? null,
      r.decider?.id ?? null,
      r.reward?.amount ?? null,
      r.reward?.on ?? null,
      r.filedAt,
      r.decidedAt && r.decidedAt > r.filedAt ? r.decidedAt : r.filedAt,
    ]);
    const event = (
      name: string,
      status: string,
      until: string | null,
      note: string | null,
      actor: Person | null,
      at: Date,
    ) => history.push([id, name, status, until, note, note, actor?.id ?? null, actor?.name ?? '系统', at]);
    event('FILED', 'PROTECTED', filedUntil, null, r.org.filer, r.filedAt);
    if (r.leadId && r.decidedAt)
      event(
        'ACCEPTED',
        'ACCEPTED',
        addDays(shanghaiDay(r.decidedAt), pd),
        '投促办已受理，项目进入招商管道',
        r.decider ?? null,
        r.decidedAt,
      );
    if (r.status === 'REJECTED' && r.decidedAt)
      event(
        'REJECTED',
        'REJECTED',
        r.protectedUntil,
        r.decisionReason ?? null,
        r.decider ?? null,
        r.decidedAt,
      );
    if (r.status === 'EXPIRED') {
      const lapsedAt = shanghaiAt(addDays(r.protectedUntil, 1), 120);
      event(
        'EXPIRED',
        'EXPIRED',
        r.protectedUntil,
        `保护期至 ${r.protectedUntil} 届满`,
        null,
        lapsedAt < now ? lapsedAt : now,
      );
    }
    if (r.reward)
      event(
        'REWARDED',
        'ACCEPTED',
        r.protectedUntil,
        `发放引荐奖励 ${r.reward.amount} 万元（${r.reward.on}）`,
        r.decider ?? null,
        shanghaiAt(r.reward.on, 600),
      );
  };

  // Accepted: about two thirds of the leads a partner brought in.
  const landed = new Map(projects.map((p) => [p.lead.id, p.landedOn]));
  for (const lead of leads) {
    if (!lead.organization || !draw.chance(0.7)) continue;
    const last = lead.moves[lead.moves.length - 1];
    const signed = last.to === 'SIGNED';
    // The protection runs on from the lead's last move (each move extends it).
    const until = addDays(shanghaiDay(last.at), pd);
    const landedOn = landed.get(lead.id) ?? null;
    const rewardOn = landedOn ? addDays(landedOn, 60) : null;
    file({
      org: lead.organization,
      company: lead.companyName,
      industryCode: lead.industryCode,
      segmentCode: lead.segmentCode,
      planned: lead.plannedInvestment,
      status: signed || until >= today ? 'ACCEPTED' : 'EXPIRED',
      filedAt: new Date(lead.createdAt.getTime() - draw.int(1, 20) * DAY_MS),
      protectedUntil: until,
      leadId: lead.id,
      enterpriseId: lead.enterpriseId,
      decidedAt: lead.createdAt,
      decider: lead.owner,
      reward:
        rewardOn && rewardOn <= today && draw.chance(0.5)
          ? {
              amount: String(Math.min(300, Math.round(Number(lead.plannedInvestment) * 0.002 * 100) / 100)),
              on: rewardOn,
            }
          : null,
    });
  }
  // Per organisation: a live protection, a lapsed one and a rejection, for companies not in the pipeline.
  partners.forEach((org, k) => {
    const segment = draw.pick(Object.keys(SEGMENT_WORDS));
    const [word] = SEGMENT_WORDS[segment];
    const company = (n: number) =>
      `${draw.pick(CITIES)}${BRAND_B[(k * 3 + n) % BRAND_B.length]}${BRAND_A[(k * 7 + n) % BRAND_A.length]}${word}报备${k + 1}${n}有限公司（示例）`;
    const industry = (leads.find((l) => l.segmentCode === segment)?.industryCode ?? 'OTHER') as string;
    const live = shanghaiAt(addDays(today, -draw.int(5, pd - 20)), 600);
    file({
      org,
      company: company(1),
      industryCode: industry,
      segmentCode: segment,
      planned: String(draw.int(5, 80) * 1000),
      status: 'PROTECTED',
      filedAt: live,
      protectedUntil: addDays(shanghaiDay(live), pd),
    });
    const old = shanghaiAt(addDays(today, -draw.int(pd + 10, 600)), 600);
    file({
      org,
      company: company(2),
      industryCode: industry,
      segmentCode: segment,
      planned: null,
      status: 'EXPIRED',
      filedAt: old,
      protectedUntil: addDays(shanghaiDay(old), pd),
    });
    const rejected = shanghaiAt(addDays(today, -draw.int(10, 600)), 600);
    file({
      org,
      company: company(3),
      industryCode: industry,
      segmentCode: segment,
      planned: null,
      status: 'REJECTED',
      filedAt: rejected,
      protectedUntil: addDays(shanghaiDay(rejected), pd),
      decisionReason: draw.pick(REJECT_REASONS),
      decidedAt: new Date(Math.min(now.getTime(), rejected.getTime() + draw.int(1, 15) * DAY_MS)),
      decider: null,
    });
  });

  await insertRows(
    manager,
    'referrals',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['filed_by_id', 'uuid'],
      ['company_name', 'varchar'],
      ['name_key', 'varchar'],
      ['industry_code', 'varchar'],
      ['segment_code', 'varchar'],
      ['planned_investment', 'numeric'],
      ['contact_name', 'varchar'],
      ['contact_phone', 'varchar'],
      ['status', 'varchar'],
      ['protected_until', 'date'],
      ['lead_id', 'uuid'],
      ['enterprise_id', 'uuid'],
      ['decision_reason', 'text'],
      ['decided_at', 'timestamptz'],
      ['decided_by_id', 'uuid'],
      ['reward_amount', 'numeric'],
      ['rewarded_on', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    rows,
  );
  await insertRows(
    manager,
    'referral_history',
    [
      ['referral_id', 'uuid'],
      ['event', 'varchar'],
      ['status', 'varchar'],
      ['protected_until', 'date'],
      ['note', 'text'],
      ['partner_note', 'text'],
      ['actor_id', 'uuid'],
      ['actor_name', 'varchar'],
      ['at', 'timestamptz'],
    ],
    history,
  );
}
