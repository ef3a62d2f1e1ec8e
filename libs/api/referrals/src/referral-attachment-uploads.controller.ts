import { Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { Allow, HttpGraphQLErrorFilter, RequestContext, type GqlContext } from '@lianzhao/api-core';
import { ReferralAttachmentUploadsService, type StagedAttachment } from './referral-attachment-uploads.service';

/**
 * POST /uploads/referral-attachments (multipart/form-data, files under `files`): the files of a
 * filing, streamed into the database, checked (count, size, name, first bytes against the
 * extension) and kept unclaimed; the answer's ids go into fileReferral's `attachmentIds`. The access guard establishes
 * the caller exactly as for GraphQL.
 */
@Controller('uploads/referral-attachments')
@UseFilters(HttpGraphQLErrorFilter)
export class ReferralAttachmentUploadsController {
  constructor(private readonly uploads: ReferralAttachmentUploadsService) {}

  @Allow('PARTNER')
  @Post()
  @HttpCode(201)
  async upload(@Req() req: Request & GqlContext['req']): Promise<{ attachments: StagedAttachment[] }> {
    const ctx = req.lianzhao ?? RequestContext.anonymous();
    return { attachments: await this.uploads.receive(ctx, req) };
  }
}
