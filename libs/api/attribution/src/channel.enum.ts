import { CHANNELS, CHANNEL_LABELS } from '@lianzhao/domain';
import { graphqlEnum } from '@lianzhao/api-core';

/** 招商渠道: registered once here, where every attributed record (lead, project, …) takes it from. */
export const ChannelEnum = graphqlEnum('Channel', '招商渠道', CHANNELS, CHANNEL_LABELS);
