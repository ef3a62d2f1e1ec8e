import {
  addDays,
  effectiveReferralStatus,
  EXPIRING_SOON_DAYS,
  protectionExpiringSoon,
  protectionLapsed,
  REFERRAL_STATUSES,
  type LeadStage,
  type ReferralStatus,
} from '@lianzhao/domain';
import { EFFECTIVE_STATUS, expiringSoonSql, LAPSED_SQL } from '@lianzhao/api-referrals';
import { Lead } from '@lianzhao/api-leads';
import { Referral } from '@lianzhao/api-referrals';
import { copyRow } from './copy-row';
import { parityRows } from './parity';

// Parity: the referral rules that run in SQL (libs/api/referrals/src/referral-rules.sql.ts) give,
// row by row, what libs/domain gives on the same referral, lead stage and day.

const TODAY = '2026-03-10';

interface Case {
  status: ReferralStatus;
  protectedUntil: string | null;
  /** The stage of the referral's lead; null: no lead. */
  leadStage: LeadStage | null;
}

// Every status × protection ending (none, long ago, yesterday, today, tomorrow, the last day of
// the notice window and the day after it) × lead (none, open, signed, lost).
const CASES: Case[] = REFERRAL_STATUSES.flatMap((status) =>
  [null, addDays(TODAY, -200), addDays(TODAY, -1), TODAY, addDays(TODAY, 1), addDays(TODAY, EXPIRING_SOON_DAYS), addDays(TODAY, EXPIRING_SOON_DAYS + 1)].flatMap((protectedUntil) =>
    ([null, 'APPROVED', 'SIGNED', 'LOST'] as const).map((leadStage) => ({ status, protectedUntil, leadStage })),
  ),
);

describe('referral rules: SQL and libs/domain agree', () => {
  const seeded = parityRows<Case>(async (db, api) => {
    const ids = new Map<string, Case>();
    const partner = await api.login('partner');
    const filed = await api.gql<{ fileReferral: { id: string } }>(
      'mutation ($input: FileReferralInput!) { fileReferral(input: $input) { id } }',
      {
        input: {
          companyName: '上海规则对照科技有限公司',
          segmentCode: 'HYDROGEN',
          contactName: '王总',
          contactPhone: '13900000000',
        },
      },
      partner,
    );
    const referralId = filed.data?.fileReferral.id as string;
    const [lead] = await db.query('SELECT id FROM leads ORDER BY created_at LIMIT 1');
    const leadOf = new Map<LeadStage, string>();
    for (const stage of ['APPROVED', 'SIGNED', 'LOST'] as const) {
      leadOf.set(stage, await copyRow(db, 'leads', lead.id, { stage }));
    }
    for (const [i, c] of CASES.entries()) {
      const id = await copyRow(db, 'referrals', referralId, {
        company_name: `对照企业${i}`,
        name_key: `对照企业${i}`,
        credit_code: null,
        status: c.status,
        protected_until: c.protectedUntil,
        lead_id: c.leadStage ? (leadOf.get(c.leadStage) as string) : null,
        conflict_with_id: null,
        matched_lead_id: null,
      });
      ids.set(id, c);
    }
    return ids;
  });

  it('reads every status, protection end and lead stage the same way', async () => {
    const rows = await seeded
      .db()
      .getRepository(Referral)
      .createQueryBuilder('r')
      .leftJoin(Lead, 'rl', 'rl.id = r.lead_id')
      .select('r.id', 'id')
      .addSelect(EFFECTIVE_STATUS, 'status')
      .addSelect(LAPSED_SQL, 'lapsed')
      .addSelect(expiringSoonSql('days'), 'expiringSoon')
      .where('r.id IN (:...ids)', { ids: seeded.ids() })
      .setParameter('today', TODAY)
      .setParameter('days', EXPIRING_SOON_DAYS)
      .getRawMany<{ id: string; status: ReferralStatus; lapsed: boolean | null; expiringSoon: boolean | null }>();
    expect(rows).toHaveLength(CASES.length);
    for (const row of rows) {
      const c = seeded.caseOf(row.id);
      expect({ ...c, status: row.status, lapsed: row.lapsed === true, expiringSoon: row.expiringSoon === true }).toEqual({
        ...c,
        status: effectiveReferralStatus(c, TODAY),
        lapsed: protectionLapsed(c, TODAY),
        expiringSoon: protectionExpiringSoon(c, TODAY),
      });
    }
    // The cases the rule turns on, spelled out.
    const of = (status: ReferralStatus, protectedUntil: string | null, leadStage: LeadStage | null) =>
      rows.find((r) => {
        const c = seeded.caseOf(r.id);
        return c.status === status && c.protectedUntil === protectedUntil && c.leadStage === leadStage;
      })?.status;
    expect(of('PROTECTED', TODAY, null)).toBe('PROTECTED');
    expect(of('PROTECTED', addDays(TODAY, -1), null)).toBe('EXPIRED');
    expect(of('ACCEPTED', addDays(TODAY, -1), 'APPROVED')).toBe('EXPIRED');
    expect(of('ACCEPTED', addDays(TODAY, -1), 'SIGNED')).toBe('ACCEPTED');
    expect(of('EXISTING', addDays(TODAY, -1), null)).toBe('EXISTING');
  });
});
