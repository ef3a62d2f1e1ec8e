import { Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { Allow, HttpGraphQLErrorFilter, readMultipartFiles, RequestContext, type GqlContext } from '@lianzhao/api-core';
import { ATTACHMENT_UPLOAD_LIMITS, checkUploadedAttachments } from './referral-attachment-files';
import { ReferralAttachmentUploadsService, type StagedAttachment } from './referral-attachment-uploads.service';

/**
 * POST /uploads/referral-attachments (multipart/form-data, files under `files`): the files of a
 * filing, checked like before (count, size, name, first bytes against the extension) and stored
 * unclaimed; the answer's ids go into fileReferral's `attachmentIds`. The access guard establishes
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
    const files = checkUploadedAttachments(await readMultipartFiles(req, ATTACHMENT_UPLOAD_LIMITS));
    const ctx = req.lianzhao ?? RequestContext.anonymous();
    return { attachments: await this.uploads.stage(ctx, files) };
  }
}
