import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { notFound, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferralAttachment, ReferralAttachmentChunk } from './referral-attachment.entity';
import { ReferralsService } from './referrals.service';

export interface AttachmentDownload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** Reading attachments; a partner reaches only what the referrals' own scoping lets it read. */
@Injectable()
export class ReferralAttachmentsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly referrals: ReferralsService,
  ) {}

  /** Metadata of a referral's attachments, oldest first, batched across a list of referrals. */
  listLoader(ctx: RequestContext): DataLoader<string, ReferralAttachment[]> {
    return ctx.loader(
      'referralAttachments',
      () =>
        new DataLoader<string, ReferralAttachment[]>(async (referralIds) => {
          const rows = await this.connection.getRepository(ctx, ReferralAttachment).find({
            where: { referralId: In([...referralIds]) },
            order: { createdAt: 'ASC', fileName: 'ASC' },
          });
          return referralIds.map((id) => rows.filter((r) => r.referralId === id));
        }),
    );
  }

  /** One attachment with its content; for a partner, through the same scope as `referral(id)`. */
  async download(ctx: RequestContext, id: string): Promise<AttachmentDownload> {
    const reachable = await this.referrals
      .scoped(ctx)
      .innerJoin(ReferralAttachment, 'a', 'a.referral_id = r.id')
      .andWhere('a.id = :attachmentId', { attachmentId: id })
      .select('a.id', 'id')
      .getRawOne<{ id: string }>();
    if (!reachable) throw notFound('附件');
    const row = await this.connection.getRepository(ctx, ReferralAttachment).findOneBy({ id });
    if (!row) throw notFound('附件');
    const chunks = await this.connection
      .getRepository(ctx, ReferralAttachmentChunk)
      .find({ where: { attachmentId: id }, order: { seq: 'ASC' } });
    const content = Buffer.concat(chunks.map((c) => c.bytes));
    return { fileName: row.fileName, mimeType: row.mimeType, contentBase64: content.toString('base64') };
  }
}
