import { Injectable } from '@nestjs/common';
import { badField, notFound, unauthenticated, RequestContext } from '@lianzhao/api-core';
import { isUniqueViolation, TransactionalConnection } from '@lianzhao/api-database';
import type {
  CreateSavedViewInput,
  SavedViewStateInput,
  UpdateSavedViewInput,
} from './dto/saved-view.inputs';
import { SavedView, type SavedViewState } from './saved-view.entity';

/** More would be a list nobody scans; the picker shows them all. */
export const MAX_VIEWS_PER_LIST = 30;

/** Each user's own named views of a list: only ever read and written by their owner. */
@Injectable()
export class SavedViewsService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The caller's views of one list, the default first, then by name. */
  list(ctx: RequestContext, listKey: string): Promise<SavedView[]> {
    return this.connection.getRepository(ctx, SavedView).find({
      where: { userId: this.ownerId(ctx), listKey },
      order: { isDefault: 'DESC', name: 'ASC', id: 'ASC' },
    });
  }

  async create(ctx: RequestContext, input: CreateSavedViewInput): Promise<SavedView> {
    const userId = this.ownerId(ctx);
    return this.uniqueName(() =>
      this.connection.withTransaction(ctx, async (tx) => {
        const repo = this.connection.getRepository(tx, SavedView);
        const count = await repo.count({ where: { userId, listKey: input.listKey } });
        if (count >= MAX_VIEWS_PER_LIST) {
          throw badField('name', `每个列表最多保存 ${MAX_VIEWS_PER_LIST} 个视图，请先删除不用的视图`);
        }
        await this.checkNameFree(tx, userId, input.listKey, input.name, null);
        if (input.isDefault) await this.clearDefault(tx, userId, input.listKey);
        const saved = await repo.save(
          repo.create({
            userId,
            listKey: input.listKey,
            name: input.name,
            state: stateOf(input.state),
            isDefault: input.isDefault ?? false,
          }),
        );
        return this.get(tx, saved.id);
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateSavedViewInput): Promise<SavedView> {
    const userId = this.ownerId(ctx);
    return this.uniqueName(() =>
      this.connection.withTransaction(ctx, async (tx) => {
        const view = await this.get(tx, input.id);
        const changes: Partial<SavedView> = {};
        if (input.name) {
          await this.checkNameFree(tx, userId, view.listKey, input.name, view.id);
          changes.name = input.name;
        }
        if (input.state) changes.state = stateOf(input.state);
        if (input.isDefault === true && !view.isDefault) {
          await this.clearDefault(tx, userId, view.listKey);
          changes.isDefault = true;
        }
        if (input.isDefault === false) changes.isDefault = false;
        if (Object.keys(changes).length) {
          await this.connection.getRepository(tx, SavedView).update({ id: view.id, userId }, changes);
        }
        return this.get(tx, view.id);
      }),
    );
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const view = await this.get(ctx, id);
    await this.connection.getRepository(ctx, SavedView).delete({ id: view.id, userId: view.userId });
    return true;
  }

  /** One of the caller's views; another user's is as unknown as a missing one. */
  private async get(ctx: RequestContext, id: string): Promise<SavedView> {
    const view = await this.connection
      .getRepository(ctx, SavedView)
      .findOneBy({ id, userId: this.ownerId(ctx) });
    if (!view) throw notFound('视图');
    return view;
  }

  private ownerId(ctx: RequestContext): string {
    if (!ctx.user || ctx.user.id === 'system') throw unauthenticated();
    return ctx.user.id;
  }

  private async checkNameFree(
    ctx: RequestContext,
    userId: string,
    listKey: string,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const same = await this.connection.getRepository(ctx, SavedView).findOneBy({ userId, listKey, name });
    if (same && same.id !== exceptId) throw badField('name', '已有同名视图，请换一个名称或覆盖它');
  }

  private async clearDefault(ctx: RequestContext, userId: string, listKey: string): Promise<void> {
    await this.connection
      .getRepository(ctx, SavedView)
      .update({ userId, listKey, isDefault: true }, { isDefault: false });
  }

  /** A concurrent save of the same name (or a second default) loses on the unique indexes: said as the check would. */
  private async uniqueName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw badField('name', '已有同名视图，请换一个名称或覆盖它');
      throw error;
    }
  }
}

/** Only the validated fields are stored, with nothing unset written as a key. */
function stateOf(input: SavedViewStateInput): SavedViewState {
  return {
    filters: input.filters.map(({ key, value }) => ({ key, value })),
    columns: input.columns ?? null,
    sort: input.sort ?? null,
    density: input.density ?? null,
    pageSize: input.pageSize ?? null,
  };
}
