import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { badField } from '../errors/app-errors';

/** Bytes of a file's start kept for type sniffing (magic numbers). */
const HEAD_BYTES = 16;
/** Pieces handed to a sink: large enough for few writes, small enough to keep memory flat. */
const PIECE_BYTES = 256 * 1024;

/** One file of a multipart request as it went by: what the checks need, not its bytes. */
export interface StreamedFile {
  fileName: string;
  /** Bytes received, counting those past `maxFileBytes` only up to the limit. */
  sizeBytes: number;
  /** The file's first bytes, for checking its type against its name. */
  head: Uint8Array;
  /** The file was longer than `maxFileBytes`; the rest was drained, not passed on. */
  truncated: boolean;
}

/** Where a file's bytes go as they arrive, in order; the upload waits while a write is pending. */
export interface FileSink {
  write(piece: Buffer): Promise<void>;
}

export interface MultipartLimits {
  /** Files accepted in one request; more are refused as a whole. */
  maxFiles: number;
  maxFileBytes: number;
  /** Form field name the files come under. */
  field: string;
}

/**
 * Streams the files of a multipart/form-data request into sinks, one opened per file, in pieces
 * of at most 256 KB, pausing the request while a piece is written: the process holds a piece per
 * upload, never a whole file, whatever is sent. A file stops being passed on at `maxFileBytes`
 * (the rest is drained); too many files, other fields or a failed write refuse the request, and
 * the caller removes what its sinks wrote.
 */
export function streamMultipartFiles(
  req: Readable & { headers: IncomingHttpHeaders },
  limits: MultipartLimits,
  open: (index: number) => Promise<FileSink>,
): Promise<StreamedFile[]> {
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
    const files: StreamedFile[] = [];
    const pending: Promise<void>[] = [];
    let refusal: Error | null = null;
    const refuse = (error: Error) => {
      refusal ??= error;
    };
    parser.on('file', (name, stream, info) => {
      if (name !== limits.field || refusal) {
        if (!refusal) refuse(badField(limits.field, `文件应放在表单字段“${limits.field}”中`));
        stream.resume();
        return;
      }
      const file: StreamedFile = { fileName: info.filename ?? '', sizeBytes: 0, head: new Uint8Array(0), truncated: false };
      const sink = open(files.length);
      // Handled where it is awaited; this keeps an early failure from counting as unhandled.
      sink.catch(() => undefined);
      files.push(file);
      let written: Promise<unknown> = sink;
      let piece: Buffer[] = [];
      let pieceBytes = 0;
      const flush = () => {
        const bytes = Buffer.concat(piece);
        piece = [];
        pieceBytes = 0;
        written = written.then(() => (refusal ? undefined : sink.then((s) => s.write(bytes))));
        return written;
      };
      stream.on('data', (chunk: Buffer) => {
        if (file.head.length < HEAD_BYTES) file.head = new Uint8Array(Buffer.concat([file.head, chunk]).subarray(0, HEAD_BYTES));
        file.sizeBytes += chunk.length;
        if (file.truncated || refusal) return;
        piece.push(chunk);
        pieceBytes += chunk.length;
        if (pieceBytes >= PIECE_BYTES) {
          stream.pause();
          void flush().then(
            () => stream.resume(),
            () => stream.resume(),
          );
        }
      });
      stream.on('error', () => refuse(badField(limits.field, '上传中断')));
      stream.on('limit', () => {
        file.truncated = true;
      });
      pending.push(
        new Promise((done) =>
          stream.on('close', () => {
            const last = file.truncated || !pieceBytes ? written : flush();
            last.then(
              () => done(),
              (error: unknown) => {
                refuse(error instanceof Error ? error : new Error(String(error)));
                done();
              },
            );
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
    const interrupted = () => {
      refuse(badField(limits.field, '上传中断'));
      // A cut-off request never ends the parser; destroying it closes the open file stream, so
      // the writes settle and the caller can remove what was written.
      parser.destroy();
    };
    req.on('error', interrupted);
    req.on('close', () => {
      if (!req.readableEnded) interrupted();
    });
    req.pipe(parser);
  });
}
