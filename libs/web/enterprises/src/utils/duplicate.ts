import { graphQLErrors, hasErrorCode } from '@lianzhao/web-data';
import type { Duplicate } from '../components/DuplicateAlert';

/** The existing enterprise a CONFLICT on create or update points to (`extensions.existingId`). */
export function duplicateOf(error: unknown): Duplicate | null {
  if (!hasErrorCode(error, 'CONFLICT')) return null;
  for (const e of graphQLErrors(error)) {
    const id = e.extensions?.['existingId'];
    const name = e.extensions?.['existingName'];
    if (typeof id === 'string') return { id, name: typeof name === 'string' ? name : id };
  }
  return null;
}
