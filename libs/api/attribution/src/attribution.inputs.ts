import { applyDecorators, type Type } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';
import { CHANNELS, type Channel } from '@lianzhao/domain';
import { OptionalIdField } from '@lianzhao/api-core';
import { SegmentFilter } from '@lianzhao/api-reference';
import { ChannelEnum } from './channel.enum';

/** The attribution a form sets when it creates a record: segment and channel are required. */
export interface NewAttributionFields {
  segmentCode: string;
  channel: Channel;
  sourceOrganizationId?: string | null;
  ownerId?: string | null;
  townCode?: string | null;
}

/** The attribution an edit may change: each field only if given. */
export interface AttributionChangeFields {
  segmentCode?: string;
  channel?: Channel;
  sourceOrganizationId?: string | null;
  ownerId?: string | null;
  townCode?: string | null;
}

export interface AttributionInputOptions<R extends boolean> {
  /** Create forms require segment and channel; edit forms change them only if given. */
  required: R;
  /** What the town means for this record, e.g. 意向落地镇/街道 on a lead. */
  townDescription: string;
}

/**
 * Adds the attribution fields, with their zh-CN messages, to a form's own fields:
 * `class CreateLeadInput extends WithAttribution(LeadFields, { required: true, … })`.
 * A mixin rather than a base class, because create and update share the rest of the form but
 * differ in which attribution fields are required (class-validator would merge a base class's
 * `IsOptional` into a subclass that redeclares the field).
 */
export function WithAttribution<B extends Type<object>>(
  Base: B,
  options: AttributionInputOptions<true>,
): Type<InstanceType<B> & NewAttributionFields>;
export function WithAttribution<B extends Type<object>>(
  Base: B,
  options: AttributionInputOptions<false>,
): Type<InstanceType<B> & AttributionChangeFields>;
export function WithAttribution<B extends Type<object>>(
  Base: B,
  { required, townDescription }: AttributionInputOptions<boolean>,
): Type<unknown> {
  const segment = required
    ? [
        Field(() => String, { description: '细分赛道代码；产业由赛道确定' }),
        IsNotEmpty({ message: '请选择细分赛道' }),
        IsString(),
      ]
    : [Field(() => String, { nullable: true }), IsOptional(), IsString()];
  const channel = required
    ? [Field(() => ChannelEnum), IsIn(CHANNELS, { message: '请选择招商渠道' })]
    : [
        Field(() => ChannelEnum, { nullable: true }),
        IsOptional(),
        IsIn(CHANNELS, { message: '请选择招商渠道' }),
      ];

  @InputType({ isAbstract: true })
  class AttributionInputFields extends Base {
    @applyDecorators(...segment)
    segmentCode?: string;

    @applyDecorators(...channel)
    channel?: Channel;

    @OptionalIdField('请选择来源机构', '来源合作机构（链式/专业/资本/以商引商渠道必填）')
    sourceOrganizationId?: string | null;

    @OptionalIdField('请选择负责人', '负责人，默认为当前用户')
    ownerId?: string | null;

    @Field(() => String, { nullable: true, description: townDescription })
    @IsOptional()
    @IsString()
    townCode?: string | null;
  }
  return AttributionInputFields;
}

/** The attribution filters every attributed list offers, with their zh-CN messages. */
@InputType({ isAbstract: true })
export abstract class AttributionFilter extends SegmentFilter {
  @Field(() => [ChannelEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(CHANNELS, { each: true, message: '请选择招商渠道' })
  channels?: Channel[] | null;

  @Field(() => ID, { nullable: true, description: '来源合作机构' })
  @IsOptional()
  @IsUUID('all', { message: '机构编号无效' })
  sourceOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '负责人编号无效' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  townCode?: string | null;
}
