import { Args, Extensions, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, ALL_ROLES, Ctx, ID_NOT_FOUND, RequestContext } from '@lianzhao/api-core';
import { ReferralAttachment } from './referral-attachment.entity';
import { ReferralAttachmentsService, type AttachmentDownload } from './referral-attachments.service';
import { ReferralAttachmentDownload } from './referral-views';
import { Referral } from './referral.entity';

@Resolver(() => Referral)
export class ReferralAttachmentsResolver {
  constructor(private readonly files: ReferralAttachmentsService) {}

  // Partners may download: the service scopes them to their own organisation's referrals.
  @Allow(...ALL_ROLES)
  @Extensions({ [ID_NOT_FOUND]: '附件' })
  @Query(() => ReferralAttachmentDownload, { description: '下载报备附件；其他机构的附件对合作机构不存在' })
  referralAttachment(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AttachmentDownload> {
    return this.files.download(ctx, id);
  }

  @Allow(...ALL_ROLES)
  @ResolveField(() => [ReferralAttachment], { description: '附件（元数据），最早在前' })
  attachments(@Ctx() ctx: RequestContext, @Parent() referral: Referral): Promise<ReferralAttachment[]> {
    return this.files.listLoader(ctx).load(referral.id);
  }
}
