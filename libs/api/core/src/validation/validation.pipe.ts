import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { badInput, type FieldError } from '../errors/app-errors';

const REQUIRED_FIRST = ['whitelistValidation', 'isNotEmpty', 'isDefined'];

/** Flattens class-validator's tree into `contacts.0.phone`-style paths, one message per field. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const names = Object.keys(constraints);
    if (names.length) {
      // A missing value fails its format rules too; "required" is the message that helps.
      const first = REQUIRED_FIRST.find((name) => name in constraints) ?? names[0];
      const message =
        first === 'whitelistValidation' ? `不允许的字段“${error.property}”` : constraints[first];
      out.push({ field, message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

/** The global pipe: every input is validated and whitelisted; failures become BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badInput(toFieldErrors(errors)),
  });
}
