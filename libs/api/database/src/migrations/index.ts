// The migrations, oldest first. Written by `npm run migration:generate`; add hand-written ones with the same naming.
import { Foundation1795579771622 } from './1795579771622-Foundation';
import { SearchExtension1795579771700 } from './1795579771700-SearchExtension';
import { ReferenceData1795579771800 } from './1795579771800-ReferenceData';
import { LeadPipeline1795581351662 } from './1795581351662-LeadPipeline';
import { SearchIndexes1795581351700 } from './1795581351700-SearchIndexes';
import { LandingProjects1795590173530 } from './1795590173530-LandingProjects';
import { MilestoneTemplates1795590173600 } from './1795590173600-MilestoneTemplates';
import { Referrals1795590570582 } from './1795590570582-Referrals';
import { ReferralSettingsRow1795590570600 } from './1795590570600-ReferralSettingsRow';
import { ReferralRewardTiers1795593422696 } from './1795593422696-ReferralRewardTiers';
import { ReferralAttachments1795596268379 } from './1795596268379-ReferralAttachments';
import { MillisecondTimestamps1795600339961 } from './1795600339961-MillisecondTimestamps';
import { UserSessionVersion1795601713967 } from './1795601713967-UserSessionVersion';
import { MilestoneTemplateOptional1796043712975 } from './1796043712975-MilestoneTemplateOptional';
import { ProjectFacts1796056504833 } from './1796056504833-ProjectFacts';
import { LeadBoardIndexes1796056649094 } from './1796056649094-LeadBoardIndexes';
import { LeadStageTotals1796056649100 } from './1796056649100-LeadStageTotals';
import { Funds1796069819036 } from './1796069819036-Funds';
import { BigramSearch1796146000000 } from './1796146000000-BigramSearch';
import { CockpitFlow1796150000000 } from './1796150000000-CockpitFlow';
import { CockpitProgress1796151000000 } from './1796151000000-CockpitProgress';
import { Targets1796152000000 } from './1796152000000-Targets';
import { PipelineFacts1796153000000 } from './1796153000000-PipelineFacts';
import { SignInEvents1796240000000 } from './1796240000000-SignInEvents';

export const MIGRATIONS = [Foundation1795579771622, SearchExtension1795579771700, ReferenceData1795579771800, LeadPipeline1795581351662, SearchIndexes1795581351700, LandingProjects1795590173530, MilestoneTemplates1795590173600, Referrals1795590570582, ReferralSettingsRow1795590570600, ReferralRewardTiers1795593422696, ReferralAttachments1795596268379, MillisecondTimestamps1795600339961, UserSessionVersion1795601713967, MilestoneTemplateOptional1796043712975, ProjectFacts1796056504833, LeadBoardIndexes1796056649094, LeadStageTotals1796056649100, Funds1796069819036, BigramSearch1796146000000, CockpitFlow1796150000000, CockpitProgress1796151000000, Targets1796152000000, PipelineFacts1796153000000, SignInEvents1796240000000];
