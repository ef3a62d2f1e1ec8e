import { Module } from '@nestjs/common';
import { AuditModule } from '@lianzhao/api-audit';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { ProjectsModule } from '@lianzhao/api-projects';
import { PoliciesListeners } from './policies.listeners';
import {
  EnterprisePolicyMatchesResolver,
  PoliciesResolver,
  PolicyItemResolver,
  PolicyMatchResolver,
  PolicyPreviewProjectResolver,
  ProjectPolicyMatchesResolver,
  SupportItemPolicyResolver,
} from './policies.resolver';
import { PoliciesService } from './policies.service';
import { PolicyMatchesService } from './policy-matches.service';
import { PolicyMatchJobsService } from './policy-match-jobs.service';
import { PolicyQualifiedExportService } from './policy-qualified-export.service';

/** 政策匹配 / 免申即享: policy documents and items, and which projects and enterprises qualify for what. */
@Module({
  imports: [AuditModule, EnterprisesModule, ProjectsModule],
  providers: [
    PoliciesService,
    PolicyMatchesService,
    PolicyMatchJobsService,
    PolicyQualifiedExportService,
    PoliciesListeners,
    PoliciesResolver,
    PolicyItemResolver,
    PolicyMatchResolver,
    PolicyPreviewProjectResolver,
    ProjectPolicyMatchesResolver,
    EnterprisePolicyMatchesResolver,
    SupportItemPolicyResolver,
  ],
  exports: [PoliciesService, PolicyMatchesService, PolicyMatchJobsService],
})
export class PoliciesModule {}
