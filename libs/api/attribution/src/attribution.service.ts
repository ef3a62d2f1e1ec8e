import { Injectable } from '@nestjs/common';
import { PARTNER_CHANNELS, type Channel } from '@lianzhao/domain';
import { badField, type RequestContext } from '@lianzhao/api-core';
import { ReferenceService } from '@lianzhao/api-reference';
import { OrganizationsService, UsersService } from '@lianzhao/api-users';
import type { AttributedEntity } from './attributed.entity';
import type { AttributionChangeFields } from './attribution.inputs';

/** The classification and attribution a lead carries and its landing project keeps. */
export interface Attribution {
  segmentCode?: string;
  industryCode?: string;
  townCode?: string | null;
  sourceOrganizationId: string | null;
  ownerId: string;
}

export interface AttributionMerged {
  channel: Channel;
  sourceOrganizationId: string | null;
  ownerId: string | null;
  /** On an update, the codes the record holds now: still accepted if retired since. */
  kept?: { segmentCode: string | null; townCode: string | null };
}

/**
 * An edit's attribution: what the form changes, else what the record holds now. Lead and project
 * edits both merge this way, so a field left out of the form keeps its value on either.
 */
export function mergedOnUpdate(
  input: Pick<AttributionChangeFields, 'channel' | 'sourceOrganizationId' | 'ownerId'>,
  before: Pick<AttributedEntity, 'channel' | 'sourceOrganizationId' | 'ownerId' | 'segmentCode' | 'townCode'>,
): AttributionMerged {
  return {
    channel: input.channel ?? before.channel,
    sourceOrganizationId:
      input.sourceOrganizationId !== undefined ? input.sourceOrganizationId : before.sourceOrganizationId,
    ownerId: input.ownerId ?? before.ownerId,
    kept: { segmentCode: before.segmentCode, townCode: before.townCode },
  };
}

/**
 * One set of rules for where a lead or project belongs (segment → industry, town) and who it is
 * attributed to (a partner channel needs its source organisation; the owner is an active officer),
 * so a signed project can never be accepted on terms its lead would have been refused.
 */
@Injectable()
export class AttributionService {
  constructor(
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /** `noun` names the record in messages: 线索, 项目. */
  async resolve(
    ctx: RequestContext,
    input: Pick<AttributionChangeFields, 'segmentCode' | 'townCode'>,
    merged: AttributionMerged,
    noun: string,
  ): Promise<Attribution> {
    const out: Attribution = { sourceOrganizationId: merged.sourceOrganizationId, ownerId: '' };
    if (input.segmentCode) {
      const segment = await this.reference.requireSegment(
        ctx,
        input.segmentCode,
        'segmentCode',
        merged.kept?.segmentCode,
      );
      out.segmentCode = segment.code;
      out.industryCode = segment.industryCode;
    }
    if (input.townCode !== undefined)
      out.townCode = input.townCode
        ? (await this.reference.requirePlace(ctx, input.townCode, 'townCode', merged.kept?.townCode)).code
        : null;

    if (PARTNER_CHANNELS.includes(merged.channel) && !merged.sourceOrganizationId) {
      throw badField('sourceOrganizationId', `该渠道的${noun}须选择来源机构`);
    }
    if (merged.sourceOrganizationId) {
      const organization = await this.organizations.loader(ctx).load(merged.sourceOrganizationId);
      if (!organization) throw badField('sourceOrganizationId', '所选来源机构不存在');
    }

    if (!merged.ownerId) throw badField('ownerId', '请选择负责人');
    const owner = await this.users.loader(ctx).load(merged.ownerId);
    if (!owner || !owner.active || (owner.role !== 'OFFICER' && owner.role !== 'ADMIN')) {
      throw badField('ownerId', '负责人须为在岗的招商专员');
    }
    out.ownerId = owner.id;
    return out;
  }
}
