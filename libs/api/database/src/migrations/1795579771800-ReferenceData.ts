import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INDUSTRIES, TAGS, TOWNS } from '@lianzhao/domain';

/**
 * Seeds the reference data of DOMAIN.md (industries and segments, tags, places) from
 * libs/domain. Admins edit these rows later; screens read them from the database only.
 */
export class ReferenceData1795579771800 implements MigrationInterface {
  name = 'ReferenceData1795579771800';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [i, industry] of INDUSTRIES.entries()) {
      await queryRunner.query(
        'INSERT INTO industries (code, name, name_en, "leading", sort_order) VALUES ($1, $2, $3, $4, $5)',
        [industry.code, industry.name, industry.nameEn, industry.leading, (i + 1) * 10],
      );
      for (const [j, segment] of industry.segments.entries()) {
        await queryRunner.query(
          'INSERT INTO segments (code, industry_code, name, name_en, sort_order) VALUES ($1, $2, $3, $4, $5)',
          [segment.code, industry.code, segment.name, segment.nameEn, (j + 1) * 10],
        );
      }
    }
    for (const [i, tag] of TAGS.entries()) {
      await queryRunner.query(
        'INSERT INTO tags (code, "group", name, name_en, sort_order) VALUES ($1, $2, $3, $4, $5)',
        [tag.code, tag.group, tag.name, tag.nameEn, (i + 1) * 10],
      );
    }
    for (const [i, place] of TOWNS.entries()) {
      await queryRunner.query(
        'INSERT INTO places (code, kind, name, name_en, sort_order) VALUES ($1, $2, $3, $4, $5)',
        [place.code, place.kind, place.name, place.nameEn, (i + 1) * 10],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM places');
    await queryRunner.query('DELETE FROM tags');
    await queryRunner.query('DELETE FROM segments');
    await queryRunner.query('DELETE FROM industries');
  }
}
