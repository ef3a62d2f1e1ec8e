import type { JsonObject, JsonValue } from '@lianzhao/api-core';
import type { DrillFilter } from './figures.types';

/**
 * A value as JSON.parse(JSON.stringify(value)) gives it back, built directly: a city-scale page
 * makes thousands of drills, and the text round trip was a tenth of its CPU. Undefined, functions
 * and symbols are left out of objects and become null in arrays; toJSON (dates) is honoured.
 */
function jsonCopy(value: unknown): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return undefined;
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') return jsonCopy(json.call(value));
  if (Array.isArray(value)) return value.map((item) => jsonCopy(item) ?? null);
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const copy = jsonCopy(item);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}

/**
 * A list filter (a `ProjectFilter`, `ReferralFilter`, `InvestmentFilter` object) as the JSON its
 * drill carries: exactly what the list query will receive back, undefined fields dropped.
 */
export function listDrill(filter: object): DrillFilter {
  return jsonCopy(filter) as JsonObject;
}
