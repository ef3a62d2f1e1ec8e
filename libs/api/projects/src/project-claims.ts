import { Injectable } from '@nestjs/common';
import { Clock, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { Project } from './project.entity';

/**
 * Loading and claiming a project, shared by the project service and the services of its parts
 * (milestones, support items), which therefore need not depend on each other.
 */
@Injectable()
export class ProjectClaims {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly clock: Clock,
  ) {}

  get(ctx: RequestContext, id: string): Promise<Project> {
    return this.connection.getById(ctx, Project, id, '项目');
  }

  /**
   * The project, its version bumped: a change to one of its milestones or support items is a change
   * of the project, so two officers editing different parts of it still meet the version check.
   */
  async claim(tx: RequestContext, projectId: string, version: number): Promise<Project> {
    const project = await this.get(tx, projectId);
    await this.connection.updateVersioned(tx, Project, project.id, version, { updatedAt: this.clock.now() });
    return project;
  }

  /**
   * A change to one of a project's parts, in one transaction: claims the project (the version
   * check), runs `work` on the transaction's ctx, and answers the project as it is afterwards.
   */
  changePart(
    ctx: RequestContext,
    { projectId, version }: { projectId: string; version: number },
    work: (tx: RequestContext, project: Project) => Promise<void>,
  ): Promise<Project> {
    return this.connection.withTransaction(ctx, async (tx) => {
      const project = await this.claim(tx, projectId, version);
      await work(tx, project);
      return this.get(tx, project.id);
    });
  }
}
