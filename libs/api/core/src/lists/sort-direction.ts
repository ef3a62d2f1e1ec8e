import { registerEnumType } from '@nestjs/graphql';

/** The direction of a list's sort; every list's order input uses this one enum. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
