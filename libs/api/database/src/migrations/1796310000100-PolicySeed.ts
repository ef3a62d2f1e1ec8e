import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOC_NUMBER = '沪奉府发〔2024〕20号';
const LEADING = ['BEAUTY_HEALTH', 'GREEN_ENERGY', 'NEW_MATERIALS', 'SMART_EQUIPMENT'];
// 本意见有效期三年 (issued 2024-09-27).
const FROM = '2024-09-27';
const TO = '2027-09-26';

/**
 * The seed policy (沪奉府发〔2024〕20号) and the support items of its section 二(二) as examples:
 * 强链补链新建和改扩建项目 … 在前期费用、租购空间费用、固定资产投资等方面加大支持. The text names the
 * kinds of support and the projects they are for, not the sums, so the items carry no amount rule
 * (以核定为准) until an admin enters one. Matches are computed as project facts next change.
 */
const ITEMS = [
  {
    name: '强链补链项目前期费用支持',
    kind: 'PRELIMINARY_COSTS',
    condition: {
      all: [
        { fact: 'industry', op: 'in', value: LEADING },
        { fact: 'milestone', op: 'reached', value: 'SIGNED', from: FROM, to: TO },
      ],
    },
    notes: '二（二）：推动强链补链新建和改扩建项目早竣工早投产，在前期费用……等方面加大支持。',
  },
  {
    name: '强链补链项目租购空间费用支持',
    kind: 'SPACE_COSTS',
    condition: {
      all: [
        { fact: 'industry', op: 'in', value: LEADING },
        { fact: 'spaceArea', op: '>', value: '0' },
        { fact: 'milestone', op: 'reached', value: 'SIGNED', from: FROM, to: TO },
      ],
    },
    notes: '二（二）：……在租购空间费用……等方面加大支持。',
  },
  {
    name: '强链补链项目固定资产投资支持（早竣工早投产）',
    kind: 'FIXED_ASSET_INVESTMENT',
    condition: {
      all: [
        { fact: 'industry', op: 'in', value: LEADING },
        { fact: 'projectType', op: '=', value: 'HEAVY' },
        { fact: 'milestone', op: 'reached', value: 'COMPLETED', from: FROM, to: TO },
      ],
    },
    notes: '二（二）：……早竣工早投产，在……固定资产投资等方面加大支持。',
  },
];

export class PolicySeed1796310000100 implements MigrationInterface {
  name = 'PolicySeed1796310000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [policy] = (await queryRunner.query(
      `INSERT INTO policies (doc_number, title, issued_on, valid_until) VALUES ($1, $2, $3, $4) RETURNING id`,
      [DOC_NUMBER, '关于推进科技创新发展新质生产力促进产业高质量发展的若干意见', FROM, TO],
    )) as Array<{ id: string }>;
    for (const item of ITEMS) {
      await queryRunner.query(
        `INSERT INTO policy_items (policy_id, name, kind, condition, amount, notes) VALUES ($1, $2, $3, $4::jsonb, NULL, $5)`,
        [policy.id, item.name, item.kind, JSON.stringify(item.condition), item.notes],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM policy_items WHERE policy_id IN (SELECT id FROM policies WHERE doc_number = $1)`,
      [DOC_NUMBER],
    );
    await queryRunner.query(`DELETE FROM policies WHERE doc_number = $1`, [DOC_NUMBER]);
  }
}
