import { ValidateBy, type ValidationArguments } from 'class-validator';
import { checkCreditCode, isValidEmail, isValidMobileOrPhone } from '@lianzhao/domain';

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
