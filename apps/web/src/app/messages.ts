import type { FeatureDictionary } from '@lianzhao/web-ui';
import { enterprisesMessages } from '@lianzhao/web-enterprises/messages';
import { leadsMessages } from '@lianzhao/web-leads/messages';
import { projectsMessages } from '@lianzhao/web-projects/messages';
import { referralsMessages } from '@lianzhao/web-referrals/messages';

/** Every feature's words, composed by the app; each feature library owns its own. */
export const APP_MESSAGES: readonly FeatureDictionary[] = [
  enterprisesMessages,
  leadsMessages,
  projectsMessages,
  referralsMessages,
];
