import { ValidateBy, type ValidationArguments } from 'class-validator';
import {
  areaProblem,
  checkCreditCode,
  compareDecimals,
  isValidEmail,
  isValidMobileOrPhone,
  parseWanYuan,
  passwordMessage,
} from '@lianzhao/domain';

/** 统一社会信用代码, checked with the same rule the web form uses; the message says what is wrong. */
export function IsCreditCode(): PropertyDecorator {
  return ValidateBy({
    name: 'isCreditCode',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && checkCreditCode(value).ok,
      defaultMessage: (args?: ValidationArguments) => {
        const result = checkCreditCode(String(args?.value ?? ''));
        return result.ok ? '' : result.message;
      },
    },
  });
}

export function IsPhone(): PropertyDecorator {
  return ValidateBy({
    name: 'isPhone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidMobileOrPhone(value),
      defaultMessage: () => '请输入有效的手机号或座机号（如 13800000000 或 021-12345678）',
    },
  });
}

export function IsEmailAddress(): PropertyDecorator {
  return ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidEmail(value),
      defaultMessage: () => '请输入有效的电子邮箱',
    },
  });
}

/**
 * The password policy of `@lianzhao/domain`. `usernameField` names a sibling property holding the
 * account's username (create user), so the password may not contain it; elsewhere the service
 * checks the username it looks up.
 */
export function IsPassword(usernameField?: string): PropertyDecorator {
  const username = (args?: ValidationArguments): string | null => {
    if (!usernameField || !args) return null;
    const value = (args.object as Record<string, unknown>)[usernameField];
    return typeof value === 'string' ? value : null;
  };
  return ValidateBy({
    name: 'isPassword',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        typeof value === 'string' && passwordMessage(value, username(args)) === null,
      defaultMessage: (args?: ValidationArguments) =>
        typeof args?.value === 'string' ? (passwordMessage(args.value, username(args)) ?? '') : '请输入密码',
    },
  });
}

/** A calendar date without time, `YYYY-MM-DD`, that exists. */
export function IsDateOnly(): PropertyDecorator {
  return ValidateBy({
    name: 'isDateOnly',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      defaultMessage: () => '请输入有效日期（如 2025-03-15）',
    },
  });
}

/** An amount in 万元 as an exact decimal string; normalise it first with `toWanYuan`. */
export function IsWanYuan(): PropertyDecorator {
  return ValidateBy({
    name: 'isWanYuan',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseWanYuan(value).ok,
      defaultMessage: (args?: ValidationArguments) => {
        const result = parseWanYuan(String(args?.value ?? ''));
        return result.ok ? '' : result.message;
      },
    },
  });
}

/** Transform: `1,234.50` → `1234.5`; leaves bad input untouched for IsWanYuan to report. */
export const toWanYuan = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return null;
  const result = parseWanYuan(value);
  return result.ok ? result.value : value;
};

/** Land (亩) or floor space (m²): an exact decimal that fits the column (libs/domain area rule). */
export function IsArea(): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    if (typeof value !== 'string') return '请输入数字';
    const parsed = parseWanYuan(value);
    return parsed.ok ? areaProblem(parsed.value) : parsed.message;
  };
  return ValidateBy({
    name: 'isArea',
    validator: {
      validate: (value: unknown) => problem(value) === null,
      defaultMessage: (args?: ValidationArguments) => problem(args?.value) ?? '',
    },
  });
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Orders two bounds of one kind (dates as text, amounts as exact decimals), or null when either is not one. */
function compareBounds(start: unknown, end: unknown): number | null {
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  if (DATE_ONLY.test(start) && DATE_ONLY.test(end)) return start < end ? -1 : start > end ? 1 : 0;
  const from = parseWanYuan(start);
  const to = parseWanYuan(end);
  return from.ok && to.ok ? compareDecimals(from.value, to.value) : null;
}

/**
 * The upper bound of a range (a date or an amount) must not lie below the lower one named by
 * `startProperty`. Only two well-formed bounds are compared: a missing or malformed one is left
 * to its own field's rule, so the user sees one message per field.
 */
export function IsRangeEnd(startProperty: string, message: string): PropertyDecorator {
  return ValidateBy({
    name: 'isRangeEnd',
    constraints: [startProperty],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const start = (args?.object as Record<string, unknown> | undefined)?.[startProperty];
        const order = compareBounds(start, value);
        return order === null || order <= 0;
      },
      defaultMessage: () => message,
    },
  });
}
