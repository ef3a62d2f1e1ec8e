import type { FieldError } from '@lianzhao/api-core';

/**
 * GraphQL's own refusal of a variable (a wrong type, a missing required field, an unknown one)
 * reaches the client as BAD_USER_INPUT before any resolver runs, worded in English and without
 * the `fields` the client shows next to each input. This names the field as the validation pipe
 * would (`contacts.0.phone`, without the argument of an input object) with a Chinese message.
 */
export function variableFieldErrors(message: string): FieldError[] | null {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return null;
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const base = (at ?? variable).replace(/\[(\d+)\]/g, '.$1').split('.').slice(at ? 1 : 0);
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message)?.[1];
  const unknown = /Field "(\w+)" is not defined by type/.exec(message)?.[1];
  const leaf = missing ?? unknown;
  const path = [...base, ...(leaf ? [leaf] : [])].join('.') || variable;
  if (missing || / of required type "[^"]+" was not provided/.test(message) || /must not be null/.test(message)) {
    return [{ field: path, message: '必填' }];
  }
  if (unknown) return [{ field: path, message: `不允许的字段“${unknown}”` }];
  return [{ field: path, message: '类型或格式不正确' }];
}
