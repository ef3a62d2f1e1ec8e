import { Field, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, JSONObjectScalar, type JsonObject, type JsonValue } from '@lianzhao/api-core';

export const DRILL_KINDS = ['LEADS', 'PROJECTS', 'REFERRALS', 'INVESTMENTS'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];
export const DrillKindEnum = graphqlEnum('DrillKind', '钻取的列表', DRILL_KINDS, {
  LEADS: { zh: '线索' },
  PROJECTS: { zh: '项目' },
  REFERRALS: { zh: '报备' },
  INVESTMENTS: { zh: '投资' },
});

/** A list filter as the list query takes it; absent values are left out. */
export type DrillFilter = Record<string, JsonValue | undefined>;

@ObjectType({ description: '钻取：打开数字背后的列表' })
export class Drill {
  @Field(() => DrillKindEnum)
  kind!: DrillKind;

  @Field(() => JSONObjectScalar, {
    description: '原样作为列表查询（leads/projects/referrals/investments）的 filter 变量',
  })
  filter!: JsonObject;
}

@ObjectType({ description: '可钻取的计数：列表的 totalCount 等于 value' })
export class CountFigure {
  @Field(() => Int)
  value!: number;

  @Field(() => Drill)
  drill!: Drill;
}

@ObjectType({ description: '可钻取的金额（万元，十进制字符串）' })
export class AmountFigure {
  @Field(() => String)
  value!: string;

  @Field(() => Drill)
  drill!: Drill;
}

export function drill(kind: DrillKind, filter: DrillFilter): Drill {
  const clean: JsonObject = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    clean[key] = value;
  }
  return { kind, filter: clean };
}

export function countFigure(value: number, kind: DrillKind, filter: DrillFilter): CountFigure {
  return { value, drill: drill(kind, filter) };
}

export function amountFigure(value: string, kind: DrillKind, filter: DrillFilter): AmountFigure {
  return { value, drill: drill(kind, filter) };
}
