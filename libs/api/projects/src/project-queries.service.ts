import type { GraphQLResolveInfo } from 'graphql';
import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { Clock, ListQuery, RequestContext, type ListPage } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import type { ProjectFilter, ProjectListArgs, ProjectOrder, ProjectOrderField } from './dto/project.inputs';
import { PROJECT_LIST } from './project-list';
import { Project } from './project.entity';

/** The reads of the project list: the page, the count and the rows an export writes, one filter for all. */
@Injectable()
export class ProjectQueriesService {
  private readonly projectList: ListQuery<Project, ProjectFilter, ProjectOrderField>;

  constructor(
    private readonly connection: TransactionalConnection,
    clock: Clock,
  ) {
    this.projectList = new ListQuery(PROJECT_LIST, connection, clock);
  }

  /** Projects by id, batched per request (rows of other contexts' lists that name a project). */
  loader(ctx: RequestContext): DataLoader<string, Project | null> {
    return this.connection.byId(ctx, Project);
  }

  /** A page of the list; given the GraphQL query, reading only the relations it shows (ListQuery.page). */
  list(ctx: RequestContext, args: ProjectListArgs, info?: GraphQLResolveInfo): Promise<ListPage<Project, ProjectFilter>> {
    return this.projectList.page(ctx, args, info);
  }

  /** How many projects a list filter matches, without loading them. */
  count(ctx: RequestContext, filter: ProjectFilter | undefined): Promise<number> {
    return this.projectList.count(ctx, filter);
  }

  /** The projects an export writes: the list's filter and order, at most the export cap (more is refused). */
  exportRows(
    ctx: RequestContext,
    filter: ProjectFilter | undefined,
    orderBy: ProjectOrder | undefined,
  ): Promise<Project[]> {
    return this.projectList.exportRows(ctx, { filter, orderBy });
  }
}
