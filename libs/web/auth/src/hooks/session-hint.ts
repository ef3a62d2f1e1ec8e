import type { OrganizationKind, Role } from '@lianzhao/web-data';
import type { CurrentUser } from './useAuth';

/**
 * Who was signed in on this browser last, kept so that a page can start fetching its data while
 * the `me` check is still on its way (the session cookie is HttpOnly: the page cannot look at it).
 * Only a hint, and only what picks the page: id, role and organisation kind — no name, no token.
 * The page stays hidden until `me` answers, and the API answers every query as the real session
 * may see it.
 */
export const SESSION_HINT_KEY = 'lianzhao.session-hint';

interface Hint {
  id: string;
  role: Role;
  organization: { id: string; kind: OrganizationKind } | null;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Storage refused (privacy settings): no hint, the page waits for `me` as before.
    return null;
  }
}

export function readSessionHint(): CurrentUser | null {
  try {
    const stored = storage()?.getItem(SESSION_HINT_KEY);
    const hint = (stored ? JSON.parse(stored) : null) as Hint | null;
    if (!hint || typeof hint.id !== 'string' || typeof hint.role !== 'string') return null;
    const organization = hint.organization
      ? { __typename: 'Organization' as const, id: hint.organization.id, name: '', kind: hint.organization.kind }
      : null;
    return { __typename: 'User', id: hint.id, username: '', displayName: '', role: hint.role, organization };
  } catch {
    return null;
  }
}

export function writeSessionHint(user: CurrentUser | null): void {
  try {
    if (!user) {
      storage()?.removeItem(SESSION_HINT_KEY);
      return;
    }
    const { id, role, organization } = user;
    const hint: Hint = { id, role, organization: organization && { id: organization.id, kind: organization.kind } };
    storage()?.setItem(SESSION_HINT_KEY, JSON.stringify(hint));
  } catch {
    // A full or refused storage only costs the head start.
  }
}
