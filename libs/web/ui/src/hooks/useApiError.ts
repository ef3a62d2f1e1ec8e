import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { errorKind, errorMessage, fieldErrors } from '@lianzhao/web-data';
import { useT } from './useI18n';

/** Turns any API error into one sentence in the current language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) =>
      errorMessage(error, {
        CONFLICT: t('error.conflict'),
        FORBIDDEN: t('error.forbidden'),
        NOT_FOUND: t('error.notFound'),
        NETWORK: t('error.network'),
        UNKNOWN: t('error.unknown'),
      }),
    [t],
  );
}

/**
 * An ended session is told by the sign-in dialog over the page (libs/web/auth), which keeps the
 * form open for another try: a toast about it would only repeat that.
 */
function sessionEnded(error: unknown): boolean {
  return errorKind(error) === 'UNAUTHENTICATED';
}

/** Shows an API error as a top-level message (toast). */
export function useShowError(): (error: unknown) => void {
  const toMessage = useErrorMessage();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (!sessionEnded(error)) void message.error(toMessage(error));
    },
    [message, toMessage],
  );
}

/**
 * The form path of a field the API names: `contacts.0.phone` (class-validator's path into a
 * list) is `['contacts', 0, 'phone']` in a Form.List.
 */
function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Handles a failed form submission: BAD_USER_INPUT messages go next to the form fields they
 * name (Form.setFields), including fields inside a list; anything else — CONFLICT, a field the
 * form does not show — becomes a top-level message.
 */
export function useFormErrors<Values>(
  form: FormInstance<Values>,
  fields: readonly (keyof Values & string)[],
): (error: unknown) => void {
  const toMessage = useErrorMessage();
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (sessionEnded(error)) return;
      const byField = Object.entries(fieldErrors(error));
      const known = (name: string) => (fields as readonly string[]).includes(name.split('.')[0]);
      const shown = byField.filter(([name]) => known(name));
      const hidden = byField.filter(([name]) => !known(name));
      if (shown.length > 0) {
        form.setFields(
          shown.map(([name, msg]) => ({ name: namePath(name), errors: [msg] })) as Parameters<
            FormInstance<Values>['setFields']
          >[0],
        );
      }
      if (hidden.length > 0) void message.error(hidden.map(([, msg]) => msg).join('；'));
      else if (shown.length === 0) void message.error(toMessage(error));
    },
    [fields, form, message, toMessage],
  );
}
