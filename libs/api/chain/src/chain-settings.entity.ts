import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMP, WAN_YUAN_COLUMN } from '@lianzhao/api-database';

/** The admin's thresholds for a link's status (chainLinkStatus); one row, id 1. */
@ObjectType({ description: '环节状态规则' })
@Entity('chain_settings')
@Check('chain_settings_single_row_check', 'id = 1')
@Check('chain_settings_min_enterprises_check', 'min_enterprises >= 1')
export class ChainSettings {
  @PrimaryColumn({ type: 'int', default: 1 })
  id!: number;

  @Field(() => Int, { description: '本地企业数达到此数才算完备' })
  @Column({ type: 'int', default: 3 })
  minEnterprises!: number;

  @Field(() => String, {
    nullable: true,
    description: '落地项目预计年产值合计达到此数（万元）才算完备；空为不设',
  })
  @Column({ ...WAN_YUAN_COLUMN, nullable: true })
  minExpectedOutput!: string | null;

  @Field()
  @UpdateDateColumn(TIMESTAMP)
  updatedAt!: Date;
}
