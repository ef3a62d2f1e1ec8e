export * from './users.module';
export * from './users/user.entity';
export * from './users/users.service';
export * from './users/role.enum';
export * from './organizations/organization.entity';
export * from './organizations/organizations.service';
export * from './passwords/password-hasher';
export * from './users/dto/user.inputs';
