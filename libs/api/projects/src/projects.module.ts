import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@lianzhao/api-enterprises';
import { LeadsModule } from '@lianzhao/api-leads';
import { AttributionModule, AttributionResolver } from '@lianzhao/api-attribution';
import { ReferenceModule, SegmentResolver } from '@lianzhao/api-reference';
import { UsersModule } from '@lianzhao/api-users';
import { LeadProjectResolver, MilestoneAlertResolver, ProjectsResolver } from './projects.resolver';
import { ProjectClaims } from './project-claims';
import { ProjectExportService } from './project-export.service';
import { ProjectMilestonesService } from './project-milestones.service';
import { ProjectSupportItemsService } from './project-support-items.service';
import { ProjectsListeners } from './projects.listeners';
import { ProjectQueriesService } from './project-queries.service';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';
import { MilestoneAlertsService } from './milestone-alerts.service';

/** 项目落地: landing projects and their milestones, created when a lead signs. */
@Module({
  imports: [ReferenceModule, UsersModule, AttributionModule, EnterprisesModule, LeadsModule],
  providers: [
    ProjectClaims,
    ProjectsService,
    MilestoneAlertsService,
    ProjectMilestonesService,
    ProjectSupportItemsService,
    ProjectsListeners,
    ProjectExportService,
    ProjectQueriesService,
    ProjectsResolver,
    SegmentResolver(Project, { nullable: false }),
    AttributionResolver(Project, { townDescription: '落地镇/街道' }),
    MilestoneAlertResolver,
    LeadProjectResolver,
  ],
  exports: [ProjectsService, ProjectQueriesService, ProjectMilestonesService, ProjectSupportItemsService],
})
export class ProjectsModule {}
