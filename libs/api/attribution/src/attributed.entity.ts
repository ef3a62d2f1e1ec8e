import { applyDecorators } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CHANNELS, PARTNER_CHANNELS, type Channel } from '@lianzhao/domain';
import { checkIn } from '@lianzhao/api-core';
import { Place, SegmentedEntity } from '@lianzhao/api-reference';
import { Organization, User } from '@lianzhao/api-users';
import { ChannelEnum } from './channel.enum';

/**
 * The columns of a record that is attributed: where it belongs (segment → industry, town) and to
 * whom (channel, partner organisation, owner). An entity extends this class and names its table's
 * indexes and checks with `@AttributionTable(table)`; the relations exist for their foreign keys,
 * GraphQL resolves them through `AttributionResolver`'s per-request loaders.
 */
@ObjectType({ isAbstract: true })
export abstract class AttributedEntity extends SegmentedEntity {
  @Field(() => ChannelEnum)
  @Column({ type: 'varchar', length: 16 })
  channel!: Channel;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  sourceOrganizationId!: string | null;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  townCode!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_organization_id' })
  sourceOrganization?: Organization;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: Place;
}

export interface AttributionTableOptions {
  /**
   * Adds `<table>_source_partner_check`: a record brought through a partner channel names its
   * source organisation. The service enforces this for every attributed record; only the leads
   * table carries it as a constraint so far (projects would need a migration).
   */
  partnerSourceCheck: boolean;
  /**
   * Columns whose one-column index the entity replaces by a wider one leading with the same
   * column, which serves the foreign key and the filter as well (leads: industry and owner, whose
   * wider indexes also answer the board's pages and counts).
   */
  widerIndexes?: readonly ('industryCode' | 'ownerId')[];
}

/**
 * The indexes and checks of an `AttributedEntity`'s table, named after the table
 * (`leads_owner_id_idx`, `projects_channel_check`, …): the names are part of the schema.
 */
export function AttributionTable(table: string, options: AttributionTableOptions): ClassDecorator {
  const wider = options.widerIndexes ?? [];
  const decorators: ClassDecorator[] = [
    Index(`${table}_source_organization_id_idx`, ['sourceOrganizationId']),
    Check(`${table}_channel_check`, checkIn('channel', CHANNELS)),
  ];
  if (!wider.includes('industryCode')) decorators.push(Index(`${table}_industry_code_idx`, ['industryCode']));
  if (!wider.includes('ownerId')) decorators.push(Index(`${table}_owner_id_idx`, ['ownerId']));
  if (options.partnerSourceCheck) {
    // Someone brought the record through these channels, so who it was must be on record.
    decorators.push(
      Check(
        `${table}_source_partner_check`,
        `source_organization_id IS NOT NULL OR NOT (${checkIn('channel', PARTNER_CHANNELS)})`,
      ),
    );
  }
  return applyDecorators(...decorators);
}
