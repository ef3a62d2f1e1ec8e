import { Injectable } from '@nestjs/common';
import { badField, forbidden, RequestContext } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferralAttachment } from './referral-attachment.entity';
import type { CheckedAttachment } from './referral-attachment-files';

/** An upload is claimed by a filing within a day, or purged by the next upload after that. */
const STAGED_HOURS = 24;

export interface StagedAttachment {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * Attachments arrive before the filing they belong to (POST /uploads/referral-attachments), held
 * for the partner user who uploaded them; fileReferral claims them by id in its transaction, so a
 * filing either has all its files or is not written.
 */
@Injectable()
export class ReferralAttachmentUploadsService {
  constructor(private readonly connection: TransactionalConnection) {}

  async stage(ctx: RequestContext, files: readonly CheckedAttachment[]): Promise<StagedAttachment[]> {
    const userId = ctx.user?.role === 'PARTNER' ? ctx.user.id : null;
    if (!userId) throw forbidden('只有合作机构的用户可以上传报备附件');
    const repo = this.connection.getRepository(ctx, ReferralAttachment);
    await repo
      .createQueryBuilder()
      .delete()
      .where('referral_id IS NULL AND created_at < now() - make_interval(hours => :hours)', { hours: STAGED_HOURS })
      .execute();
    const result = await repo
      .createQueryBuilder()
      .insert()
      .values(
        files.map((f) => ({
          referralId: null,
          fileName: f.fileName,
          mimeType: f.mimeType,
          sizeBytes: f.content.length,
          content: f.content,
          uploadedBy: userId,
        })),
      )
      .updateEntity(false)
      .returning(['id'])
      .execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    return files.map((f, i) => ({ id: ids[i] ?? '', fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.content.length }));
  }

  /**
   * Attaches the caller's unclaimed uploads to a referral being filed, inside the filing's
   * transaction; an id that is not such an upload refuses the whole filing.
   */
  async claim(tx: RequestContext, referralId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const unique = [...new Set(ids)];
    const claimed = await this.connection
      .getRepository(tx, ReferralAttachment)
      .createQueryBuilder()
      .update()
      .set({ referralId })
      .where('id IN (:...ids) AND referral_id IS NULL AND uploaded_by = :userId', { ids: unique, userId: tx.user?.id ?? null })
      .execute();
    if (claimed.affected !== unique.length) throw badField('attachmentIds', '附件不存在、已过期或已用于其他报备，请重新上传');
  }
}
