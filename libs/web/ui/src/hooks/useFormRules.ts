import { useMemo } from 'react';
import type { FormRule as Rule } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  areaProblem,
  checkCreditCode,
  isValidEmail,
  isValidMobileOrPhone,
  parseWanYuan,
} from '@lianzhao/domain';
import { useI18n } from './useI18n';

export interface FormRules {
  required: (field: string) => Rule;
  select: (field: string) => Rule;
  /** An optional 万元 amount, checked by the same parser the server uses. */
  money: Rule;
  /** An optional land (亩) or floor-space (m²) figure: the money parser, then the domain's area limits, as the server checks it. */
  area: Rule;
  /**
   * An optional 统一社会信用代码. Antd validates on every change, so the domain's message
   * (length, bad character, or the expected check character) appears while the user types.
   */
  creditCode: Rule;
  phone: Rule;
  email: Rule;
  /** A date that must not lie in the future (a follow-up that happened, a founding date). */
  notFuture: (field: string) => Rule;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Form rules that mirror the server's, with its Chinese wording and an English second. */
export function useFormRules(): FormRules {
  const { t, label } = useI18n();
  return useMemo<FormRules>(() => {
    const check = (test: (value: string) => string | null): Rule =>
      ({
        validator: (_rule: unknown, value: unknown) => {
          if (blank(value)) return Promise.resolve();
          const problem = test(String(value));
          return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
        },
      }) as Rule;
    return {
      required: (field) => ({
        required: true,
        whitespace: true,
        message: t('validation.required', { field }),
      }),
      select: (field) => ({ required: true, message: t('validation.select', { field }) }),
      money: check((value) => {
        const parsed = parseWanYuan(value);
        return parsed.ok ? null : label({ zh: parsed.message, en: t('validation.money') });
      }),
      area: check((value) => {
        const parsed = parseWanYuan(value);
        const problem = parsed.ok ? areaProblem(parsed.value) : parsed.message;
        return problem ? label({ zh: problem, en: t('validation.area') }) : null;
      }),
      creditCode: check((value) => {
        const result = checkCreditCode(value);
        return result.ok
          ? null
          : label({ zh: result.message, en: t(`validation.creditCode.${result.reason}`) });
      }),
      phone: check((value) => (isValidMobileOrPhone(value) ? null : t('validation.phone'))),
      email: check((value) => (isValidEmail(value) ? null : t('validation.email'))),
      notFuture: (field) => ({
        validator: (_rule: unknown, value: Dayjs | null | undefined) =>
          value && value.isAfter(dayjs(), 'day')
            ? Promise.reject(new Error(t('validation.notFuture', { field })))
            : Promise.resolve(),
      }),
    };
  }, [label, t]);
}
