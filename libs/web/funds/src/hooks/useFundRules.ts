import { useMemo } from 'react';
import type { FormRule } from 'antd';
import { decimalProblem, type DecimalLimit } from '../utils/fund-values';

/** An antd rule over a typed decimal: the limits of its column, empty left to `required`. */
export function useDecimalRule(limit: DecimalLimit): FormRule {
  return useMemo(
    () => ({
      validator: (_rule: unknown, value: unknown) => {
        if (value === undefined || value === null || String(value).trim() === '') return Promise.resolve();
        const problem = decimalProblem(String(value), limit);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    }),
    [limit],
  );
}
