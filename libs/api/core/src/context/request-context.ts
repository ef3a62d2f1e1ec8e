import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { Role } from '@lianzhao/domain';

/** Who is calling, as established by the auth guard from a verified token. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** Set for partner users only: the organisation whose data they may see. */
  readonly organizationId: string | null;
}

/**
 * Passed as the first argument of every service method. It carries the caller and, inside a
 * transaction, that transaction's EntityManager, so that every query of the transaction runs on
 * the same connection (the embedded database serialises transactions and would otherwise hang).
 */
export class RequestContext {
  /** Per-request DataLoaders, so a page of rows loads each relation in one query. */
  private readonly loaders = new Map<string, unknown>();

  constructor(
    readonly user: SessionUser | null,
    readonly transaction: EntityManager | null = null,
  ) {}

  static anonymous(): RequestContext {
    return new RequestContext(null);
  }

  /** A context for work the system does on its own behalf (migrations, demo data, jobs). */
  static system(): RequestContext {
    return new RequestContext({
      id: 'system',
      username: 'system',
      displayName: '系统',
      role: 'ADMIN',
      organizationId: null,
    });
  }

  withTransaction(manager: EntityManager): RequestContext {
    return new RequestContext(this.user, manager);
  }

  loader<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader;
  }
}
