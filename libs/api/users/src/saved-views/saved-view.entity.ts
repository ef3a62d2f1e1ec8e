import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TIMESTAMP } from '@lianzhao/api-database';
import { User } from '../users/user.entity';

@ObjectType({ description: '视图中的一个筛选条件（与列表地址栏参数相同）' })
export class SavedViewFilter {
  @Field()
  key!: string;

  @Field()
  value!: string;
}

@ObjectType({ description: '保存的列表状态' })
export class SavedViewState {
  @Field(() => [SavedViewFilter])
  filters!: SavedViewFilter[];

  @Field(() => [String], { nullable: true, description: '列设置：以 - 开头为隐藏的列；空为全部显示' })
  columns?: string[] | null;

  @Field(() => String, { nullable: true, description: '排序，如 createdAt.desc' })
  sort?: string | null;

  @Field(() => String, { nullable: true, description: 'compact 或 default' })
  density?: string | null;

  @Field(() => Int, { nullable: true })
  pageSize?: number | null;
}

/** A user's named list view; at most one per list is the default, which the list opens with. */
@ObjectType({ description: '保存的视图' })
@Entity('saved_views')
@Index('saved_views_user_list_name_key', ['userId', 'listKey', 'name'], { unique: true })
@Index('saved_views_default_key', ['userId', 'listKey'], { unique: true, where: '"is_default"' })
@Check('saved_views_list_key_check', `list_key ~ '^[a-z][a-z0-9-]*$'`)
export class SavedView {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The owner; views are private, so it is never exposed. */
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field({ description: '列表标识，如 leads' })
  @Column({ type: 'varchar', length: 40 })
  listKey!: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Field(() => SavedViewState)
  @Column({ type: 'jsonb' })
  state!: SavedViewState;

  @Field()
  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;

  @Field()
  @CreateDateColumn(TIMESTAMP)
  createdAt!: Date;

  @Field()
  @UpdateDateColumn(TIMESTAMP)
  updatedAt!: Date;
}
