import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { badField } from '../errors/app-errors';

/** One file of a multipart request, read up to the per-file limit. */
export interface ReceivedFile {
  fileName: string;
  /** The bytes, at most `maxFileBytes` of them (one copy: no base64 anywhere). */
  content: Buffer;
  /** The file was longer than `maxFileBytes`; `content` holds only the start. */
  truncated: boolean;
}

export interface MultipartLimits {
  /** Files accepted in one request; more are refused as a whole. */
  maxFiles: number;
  maxFileBytes: number;
  /** Form field name the files come under. */
  field: string;
}

/**
 * Reads the files of a multipart/form-data request as they stream in. A file stops being kept at
 * `maxFileBytes` (the rest is drained, not stored), so a request never holds more than
 * maxFiles × maxFileBytes whatever it sends; too many files or other fields refuse the request.
 */
export function readMultipartFiles(
  req: Readable & { headers: IncomingHttpHeaders },
  limits: MultipartLimits,
): Promise<ReceivedFile[]> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send UTF-8 file names (项目介绍.pdf) without saying so.
        defParamCharset: 'utf8',
        limits: { files: limits.maxFiles, fileSize: limits.maxFileBytes, fields: 0, parts: limits.maxFiles },
      });
    } catch {
      reject(badField(limits.field, '请以 multipart/form-data 上传文件'));
      return;
    }
    const files: ReceivedFile[] = [];
    const pending: Promise<void>[] = [];
    let refusal: Error | null = null;
    const refuse = (error: Error) => {
      refusal ??= error;
    };
    parser.on('file', (name, stream, info) => {
      if (name !== limits.field) {
        refuse(badField(limits.field, `文件应放在表单字段“${limits.field}”中`));
        stream.resume();
        return;
      }
      const file: ReceivedFile = { fileName: info.filename ?? '', content: Buffer.alloc(0), truncated: false };
      files.push(file);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        file.truncated = true;
      });
      pending.push(
        new Promise((done) =>
          stream.on('close', () => {
            file.content = Buffer.concat(chunks);
            done();
          }),
        ),
      );
    });
    parser.on('filesLimit', () => refuse(badField(limits.field, `最多上传 ${limits.maxFiles} 个附件`)));
    parser.on('partsLimit', () => refuse(badField(limits.field, `最多上传 ${limits.maxFiles} 个附件`)));
    parser.on('fieldsLimit', () => refuse(badField(limits.field, '上传请求只能包含文件')));
    parser.on('error', () => refuse(badField(limits.field, '上传的内容不完整或格式不正确')));
    parser.on('close', () => {
      void Promise.all(pending).then(() => (refusal ? reject(refusal) : resolve(files)));
    });
    req.on('error', () => refuse(badField(limits.field, '上传中断')));
    req.pipe(parser);
  });
}
