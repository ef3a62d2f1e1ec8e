import { Injectable } from '@nestjs/common';
import { OnEvent, RequestContext } from '@lianzhao/api-core';
import { EnterpriseUpdated } from '@lianzhao/api-enterprises';
import { ProjectFactsChanged } from '@lianzhao/api-projects';
import { PolicyMatchesService } from './policy-matches.service';

/** Policy matches follow the facts they are computed from, in the transaction that changed them. */
@Injectable()
export class PoliciesListeners {
  constructor(private readonly matches: PolicyMatchesService) {}

  @OnEvent(ProjectFactsChanged)
  async recomputeProject(tx: RequestContext, event: ProjectFactsChanged): Promise<void> {
    await this.matches.recomputeProjects(tx, [event.projectId]);
  }

  /** Enterprise tags are facts of each of its projects (also after a merge, which publishes it for the survivor). */
  @OnEvent(EnterpriseUpdated)
  async recomputeEnterprise(tx: RequestContext, event: EnterpriseUpdated): Promise<void> {
    await this.matches.recomputeEnterprise(tx, event.enterpriseId);
  }
}
