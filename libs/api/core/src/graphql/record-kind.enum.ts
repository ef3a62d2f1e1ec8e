import { RECORD_KINDS, RECORD_KIND_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from './graphql-enum';

/** What global search finds and what a notification opens; shared by those two contexts. */
export const RecordKindEnum = graphqlEnum('RecordKind', '记录类型', RECORD_KINDS, RECORD_KIND_LABELS);
