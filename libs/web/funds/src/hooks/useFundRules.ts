import { useMemo } from 'react';
import type { FormRule } from 'antd';
import { decimalProblem, type DecimalLimit } from '../utils/fund-values';

/** An antd rule over a typed decimal: the limits of its column, empty left to `required`. */
export function decimalRule(limit: DecimalLimit, label: string): FormRule {
  return {
    validator: (_rule: unknown, value: unknown) => {
      if (value === undefined || value === null || String(value).trim() === '') return Promise.resolve();
      const problem = decimalProblem(String(value), limit, label);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** `decimalRule` kept across renders. */
export function useDecimalRule(limit: DecimalLimit, label: string): FormRule {
  return useMemo(() => decimalRule(limit, label), [limit, label]);
}
