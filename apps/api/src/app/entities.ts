import { AuditEntry, AuditMergedRecord } from '@lianzhao/api-audit';
import { SignInEvent } from '@lianzhao/api-auth';
import { ChainLink, ChainPlacement, ChainSettings, ChainTarget, SupplyChainEntry } from '@lianzhao/api-chain';
import { Enterprise, EnterpriseContact } from '@lianzhao/api-enterprises';
import { Fund, FundRuleChange, Investment } from '@lianzhao/api-funds';
import { LeadImport } from '@lianzhao/api-imports';
import { FollowUp, Lead, LeadStageChange } from '@lianzhao/api-leads';
import { Notification, NotificationDelivery } from '@lianzhao/api-notifications';
import {
  MilestoneTemplate,
  Project,
  ProjectMilestone,
  ProjectPlanChange,
  ProjectSupportItem,
} from '@lianzhao/api-projects';
import { Policy, PolicyItem, PolicyMatch, PolicyMatchJob } from '@lianzhao/api-policies';
import { Industry, Park, Place, Segment, Tag } from '@lianzhao/api-reference';
import { Target, TargetActual } from '@lianzhao/api-stats';
import { Referral, ReferralAttachment, ReferralAttachmentChunk, ReferralHistory, ReferralSettings } from '@lianzhao/api-referrals';
import { Organization, OrganizationSegment, SavedView, User } from '@lianzhao/api-users';

/** Every entity of the system: the DataSource and the migration drift check both read this list. */
export const ENTITIES = [
  Organization,
  User,
  SignInEvent,
  Industry,
  Segment,
  Tag,
  Place,
  Park,
  AuditEntry,
  AuditMergedRecord,
  Enterprise,
  EnterpriseContact,
  Lead,
  LeadStageChange,
  FollowUp,
  MilestoneTemplate,
  Project,
  ProjectMilestone,
  ProjectPlanChange,
  ProjectSupportItem,
  OrganizationSegment,
  Referral,
  ReferralHistory,
  ReferralSettings,
  ReferralAttachment,
  ReferralAttachmentChunk,
  Fund,
  FundRuleChange,
  Investment,
  Target,
  TargetActual,
  Policy,
  PolicyItem,
  PolicyMatch,
  PolicyMatchJob,
  LeadImport,
  SavedView,
  ChainLink,
  ChainPlacement,
  ChainSettings,
  ChainTarget,
  SupplyChainEntry,
  Notification,
  NotificationDelivery,
];
