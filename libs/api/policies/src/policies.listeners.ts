import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { EnterprisesCreated, EnterpriseUpdated } from '@lianzhao/api-enterprises';
import { ProjectFactsChanged } from '@lianzhao/api-projects';
import { PolicyMatchesService } from './policy-matches.service';

/** Enterprises per statement when an import creates many at once. */
const CHUNK = 500;

/** Policy matches follow the facts they are computed from, in the transaction that changed them. */
@Injectable()
export class PoliciesListeners {
  constructor(private readonly matches: PolicyMatchesService) {}

  @OnEvent(ProjectFactsChanged)
  async recomputeProject(tx: RequestContext, event: ProjectFactsChanged): Promise<void> {
    await this.matches.recomputeProjects(tx, [event.projectId]);
  }

  /**
   * An enterprise's own facts, which are also facts of each of its projects (also after a merge,
   * which publishes it for the survivor; the merged one's matches go with its row).
   */
  @OnEvent(EnterpriseUpdated)
  async recomputeEnterprise(tx: RequestContext, event: EnterpriseUpdated): Promise<void> {
    await this.matches.recomputeEnterprise(tx, event.enterpriseId);
  }

  /** A new enterprise is a subject of its own before it has any project. */
  @OnEvent(EnterprisesCreated)
  async matchNewEnterprises(tx: RequestContext, event: EnterprisesCreated): Promise<void> {
    for (let start = 0; start < event.enterpriseIds.length; start += CHUNK) {
      await this.matches.recomputeSubjects(tx, 'ENTERPRISE', event.enterpriseIds.slice(start, start + CHUNK));
    }
  }
}
