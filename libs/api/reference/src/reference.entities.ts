import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import {
  PLACE_KINDS,
  PLACE_KIND_LABELS,
  REFERENCE_KINDS,
  REFERENCE_KIND_LABELS,
  TAG_GROUPS,
  TAG_GROUP_LABELS,
  type PlaceKind,
  type ReferenceKind,
  type TagGroup,
} from '@lianzhao/domain';
import { checkIn, graphqlEnum } from '@lianzhao/api-core';

// Reference data (DOMAIN.md): seeded by a migration from libs/domain, read by every screen,
// editable by admins. Keyed by stable English codes that other tables and reports use.

export const TagGroupEnum = graphqlEnum('TagGroup', '标签分组', TAG_GROUPS, TAG_GROUP_LABELS);
export const PlaceKindEnum = graphqlEnum('PlaceKind', '属地类型', PLACE_KINDS, PLACE_KIND_LABELS);
export const ReferenceKindEnum = graphqlEnum('ReferenceKind', '基础数据类型', REFERENCE_KINDS, REFERENCE_KIND_LABELS);

@ObjectType({ description: '产业（4+N）' })
@Entity('industries')
export class Industry {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 128 })
  nameEn!: string;

  @Field({ description: '是否四大主导产业之一' })
  @Column({ type: 'boolean' })
  leading!: boolean;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Field({ description: '已停用：旧记录上照常显示，新记录不再可选' })
  @Column({ type: 'boolean', default: false })
  retired!: boolean;

  @Field(() => [Segment])
  @OneToMany(() => Segment, (segment) => segment.industry)
  segments!: Segment[];
}

@ObjectType({ description: '细分赛道' })
@Entity('segments')
export class Segment {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Index('segments_industry_code_idx')
  @Column({ type: 'varchar', length: 40 })
  industryCode!: string;

  @ManyToOne(() => Industry, (industry) => industry.segments, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'industry_code' })
  industry?: Industry;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 128 })
  nameEn!: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Field({ description: '已停用：旧记录上照常显示，新记录不再可选' })
  @Column({ type: 'boolean', default: false })
  retired!: boolean;
}

@ObjectType({ description: '企业与产业标签' })
@Entity('tags')
@Check('tags_group_check', checkIn('"group"', TAG_GROUPS))
export class Tag {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => TagGroupEnum)
  @Column({ type: 'varchar', length: 32 })
  group!: TagGroup;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 128 })
  nameEn!: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Field({ description: '已停用：旧记录上照常显示，新记录不再可选' })
  @Column({ type: 'boolean', default: false })
  retired!: boolean;
}

@ObjectType({ description: '镇、街道与功能区' })
@Entity('places')
@Check('places_kind_check', checkIn('kind', PLACE_KINDS))
export class Place {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => PlaceKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind!: PlaceKind;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 128 })
  nameEn!: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Field({ description: '已停用：旧记录上照常显示，新记录不再可选' })
  @Column({ type: 'boolean', default: false })
  retired!: boolean;
}

@ObjectType({ description: '园区' })
@Entity('parks')
export class Park {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Field()
  @Column({ type: 'varchar', length: 128 })
  nameEn!: string;

  /** The town the park lies in, when one: the project form offers a town's parks. */
  @Field(() => String, { nullable: true, description: '所在镇/街道代码' })
  @Index('parks_town_code_idx')
  @Column({ type: 'varchar', length: 40, nullable: true })
  townCode!: string | null;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: Place;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Field({ description: '已停用：旧记录上照常显示，新记录不再可选' })
  @Column({ type: 'boolean', default: false })
  retired!: boolean;
}

/** One entry as an edit returns it, whatever its kind. */
@ObjectType({ description: '基础数据条目' })
export class ReferenceItem {
  @Field(() => ReferenceKindEnum)
  kind!: ReferenceKind;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  nameEn!: string;

  @Field(() => Int)
  sortOrder!: number;

  @Field()
  retired!: boolean;

  @Field(() => String, { nullable: true, description: '所在镇/街道代码（仅园区）' })
  townCode?: string | null;
}
