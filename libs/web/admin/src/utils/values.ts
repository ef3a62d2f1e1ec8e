/** `?active=true|false` in the URL → the filter's boolean (anything else: no filter). */
export function parseActive(value: string | undefined): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A trimmed optional text field: empty means "none" (null). */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** A validator for optional fields: empty passes, anything else must satisfy `isValid`. */
export function optional(isValid: (value: string) => boolean, message: string) {
  return (_rule: unknown, value: string | null | undefined): Promise<void> =>
    !value || value.trim() === '' || isValid(value) ? Promise.resolve() : Promise.reject(new Error(message));
}
