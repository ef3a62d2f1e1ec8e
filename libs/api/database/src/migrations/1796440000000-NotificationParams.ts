import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * A notification's words come from its kind and params (issue 15): each screen words it in the
 * reader's language instead of showing the Chinese title to everyone. Rows written before get
 * their params from the records their kind names (current names; the stored title keeps the
 * wording of the day and stays as the fallback); a row whose record is gone keeps '{}' and shows
 * its title.
 */
export class NotificationParams1796440000000 implements MigrationInterface {
  name = 'NotificationParams1796440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"params\" jsonb NOT NULL DEFAULT '{}'");
    await queryRunner.query(`
      UPDATE notifications n
         SET params = CASE n.kind
               WHEN 'REFERRAL_REJECTED' THEN jsonb_build_object('name', r.company_name, 'reason', COALESCE(r.decision_reason, ''))
               WHEN 'REFERRAL_EXPIRING' THEN jsonb_build_object('name', r.company_name, 'date', split_part(n.reminder_key, ':', 3))
               ELSE jsonb_build_object('name', r.company_name)
             END
        FROM referrals r
       WHERE r.id = n.record_id
         AND n.kind IN ('REFERRAL_FILED', 'REFERRAL_ACCEPTED', 'REFERRAL_REJECTED', 'REFERRAL_EXPIRING')`);
    await queryRunner.query(`
      UPDATE notifications n
         SET params = jsonb_build_object('name', l.project_name)
        FROM leads l
       WHERE l.id = n.record_id AND n.kind = 'LEAD_ASSIGNED'`);
    // A milestone reminder's key is MILESTONE_…:<milestone id>:<planned date>.
    await queryRunner.query(`
      UPDATE notifications n
         SET params = jsonb_build_object('name', p.name, 'milestone', m.code, 'date', split_part(n.reminder_key, ':', 3))
        FROM project_milestones m
        JOIN projects p ON p.id = m.project_id
       WHERE m.id::text = split_part(n.reminder_key, ':', 2)
         AND n.kind IN ('MILESTONE_DUE', 'MILESTONE_OVERDUE')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "params"');
  }
}
