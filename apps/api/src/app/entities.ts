import { Industry, Place, Segment, Tag } from '@lianzhao/api-reference';
import { Organization, User } from '@lianzhao/api-users';

/** Every entity of the system: the DataSource and the migration drift check both read this list. */
export const ENTITIES = [Organization, User, Industry, Segment, Tag, Place];
