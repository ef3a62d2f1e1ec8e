import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Industry, Place, Tag } from './reference.entities';

@Injectable()
export class ReferenceService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Industries with their segments, in display order, in one query. */
  industries(ctx: RequestContext): Promise<Industry[]> {
    return this.connection.getRepository(ctx, Industry).find({
      relations: { segments: true },
      order: { sortOrder: 'ASC', segments: { sortOrder: 'ASC' } },
    });
  }

  tags(ctx: RequestContext): Promise<Tag[]> {
    return this.connection.getRepository(ctx, Tag).find({ order: { sortOrder: 'ASC' } });
  }

  places(ctx: RequestContext): Promise<Place[]> {
    return this.connection.getRepository(ctx, Place).find({ order: { sortOrder: 'ASC' } });
  }
}
