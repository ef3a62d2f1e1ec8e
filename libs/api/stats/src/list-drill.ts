import type { JsonObject } from '@lianzhao/api-core';
import type { DrillFilter } from './figures.types';

/**
 * A list filter (a `ProjectFilter`, `ReferralFilter`, `InvestmentFilter` object) as the JSON its
 * drill carries: exactly what the list query will receive back, undefined fields dropped.
 */
export function listDrill(filter: object): DrillFilter {
  return JSON.parse(JSON.stringify(filter)) as JsonObject;
}
