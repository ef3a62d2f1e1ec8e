import { Module } from '@nestjs/common';
import { ReferenceModule } from '@lianzhao/api-reference';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { OrganizationsService } from './organizations/organizations.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Accounts and partner organisations, administered by ADMIN. */
@Module({
  imports: [ReferenceModule],
  providers: [UsersService, UsersResolver, OrganizationsService, OrganizationsResolver],
  exports: [UsersService, OrganizationsService],
})
export class UsersModule {}
