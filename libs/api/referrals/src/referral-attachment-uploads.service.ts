import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { badField, forbidden, RequestContext, streamMultipartFiles } from '@lianzhao/api-core';
import { TransactionalConnection } from '@lianzhao/api-database';
import { ReferralAttachment, ReferralAttachmentChunk } from './referral-attachment.entity';
import { ATTACHMENT_UPLOAD_LIMITS, checkUploadedAttachments } from './referral-attachment-files';

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

  /**
   * Streams a request's files into the database piece by piece, each write its own short
   * statement (no transaction held open while a slow client sends, which the embedded database's
   * single connection could not afford); then checks them, and either marks them complete or
   * removes every row this request wrote.
   */
  async receive(ctx: RequestContext, req: Readable & { headers: IncomingHttpHeaders }): Promise<StagedAttachment[]> {
    const userId = ctx.user?.role === 'PARTNER' ? ctx.user.id : null;
    if (!userId) throw forbidden('只有合作机构的用户可以上传报备附件');
    await this.purgeStale(ctx);
    const ids: string[] = [];
    try {
      const files = checkUploadedAttachments(
        await streamMultipartFiles(req, ATTACHMENT_UPLOAD_LIMITS, async (index) => {
          const id = await this.open(ctx, userId);
          ids[index] = id;
          let seq = 0;
          return { write: (bytes) => this.writeChunk(ctx, id, seq++, bytes) };
        }),
      );
      await this.connection.withTransaction(ctx, async (tx) => {
        const repo = this.connection.getRepository(tx, ReferralAttachment);
        for (const [i, f] of files.entries()) {
          await repo.update(
            { id: ids[i] },
            { fileName: f.fileName, mimeType: f.mimeType, sizeBytes: f.sizeBytes, completedAt: () => 'now()' },
          );
        }
      });
      return files.map((f, i) => ({ id: ids[i] ?? '', ...f }));
    } catch (error) {
      const written = ids.filter(Boolean);
      if (written.length) await this.connection.getRepository(ctx, ReferralAttachment).delete(written);
      throw error;
    }
  }

  /** Uploads never claimed (or cut off by a crash) go after a day; their chunks go with them. */
  private async purgeStale(ctx: RequestContext): Promise<void> {
    await this.connection
      .getRepository(ctx, ReferralAttachment)
      .createQueryBuilder()
      .delete()
      .where('referral_id IS NULL AND created_at < now() - make_interval(hours => :hours)', { hours: STAGED_HOURS })
      .execute();
  }

  /** The row a file streams into; its name and type are set once the file has passed its checks. */
  private async open(ctx: RequestContext, userId: string): Promise<string> {
    const result = await this.connection
      .getRepository(ctx, ReferralAttachment)
      .createQueryBuilder()
      .insert()
      .values({ referralId: null, fileName: '', mimeType: '', sizeBytes: 0, uploadedBy: userId, completedAt: null })
      .updateEntity(false)
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (!id) throw new Error('attachment row not created');
    return id;
  }

  private async writeChunk(ctx: RequestContext, attachmentId: string, seq: number, bytes: Buffer): Promise<void> {
    await this.connection
      .getRepository(ctx, ReferralAttachmentChunk)
      .createQueryBuilder()
      .insert()
      .values({ attachmentId, seq, bytes })
      .updateEntity(false)
      .execute();
  }

  /**
   * Attaches the caller's complete, unclaimed uploads to a referral being filed, inside the
   * filing's transaction; an id that is not such an upload refuses the whole filing.
   */
  async claim(tx: RequestContext, referralId: string, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const unique = [...new Set(ids)];
    const claimed = await this.connection
      .getRepository(tx, ReferralAttachment)
      .createQueryBuilder()
      .update()
      .set({ referralId })
      .where('id IN (:...ids) AND referral_id IS NULL AND completed_at IS NOT NULL AND uploaded_by = :userId', {
        ids: unique,
        userId: tx.user?.id ?? null,
      })
      .execute();
    if (claimed.affected !== unique.length) throw badField('attachmentIds', '附件不存在、已过期或已用于其他报备，请重新上传');
  }
}
