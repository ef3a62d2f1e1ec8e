import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { OrganizationsService } from './organizations/organizations.service';
import { SavedViewsResolver } from './saved-views/saved-views.resolver';
import { SavedViewsService } from './saved-views/saved-views.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Accounts and partner organisations, administered by ADMIN; each user's saved list views. */
@Module({
  imports: [ReferenceModule],
  providers: [UsersService, UsersResolver, OrganizationsService, OrganizationsResolver, SavedViewsService, SavedViewsResolver],
  exports: [UsersService, OrganizationsService],
})
export class UsersModule {}
