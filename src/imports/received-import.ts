import { createParamDecorator, type ExecutionContext, Injectable, type PipeTransform } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { StrictValidationPipe } from '../common/validation/validation.pipe.js';
import type { ImportSource } from './draft-meeting-from-text.service.js';
import { DRAFT_LIMITS } from './draft-limits.js';
import { CreateImportDto } from './dto/import-input.dto.js';
import { receiveFile } from './received-text.js';
import { sourceTextOf, withoutControlCharacters } from './source-text.js';

/**
 * The body of POST /imports, a JSON object or a multipart upload of one .docx
 * or .txt, read into what the use case needs. The one body Nest cannot bind
 * by itself: its shape depends on its content type, and the file's text is
 * only known once the file is read.
 */
@Injectable()
export class ReadImportBody implements PipeTransform<FastifyRequest, Promise<ImportSource>> {
  private readonly pipe = new StrictValidationPipe();

  transform(request: FastifyRequest): Promise<ImportSource> {
    return request.isMultipart() ? this.fromUpload(request) : this.fromJson(request.body);
  }

  private async fromJson(body: unknown): Promise<ImportSource> {
    // Too long is 413 before any validation walks it.
    const text: unknown = (body as { text?: unknown } | null)?.text;
    if (typeof text === 'string' && text.length > DRAFT_LIMITS.text) sourceTextOf(text);
    const input = await this.validate(body);
    return {
      text: input.text,
      sourceUrl: input.sourceUrl ?? null,
      publishedOn: input.publishedOn ?? null,
      fileName: null,
      mediaType: null,
    };
  }

  private async fromUpload(request: FastifyRequest): Promise<ImportSource> {
    const file = await receiveFile(request);
    const text = withoutControlCharacters(file.text);
    if (text.length > DRAFT_LIMITS.text) sourceTextOf(text);
    if (text.trim() === '') sourceTextOf(text);
    const input = await this.validate({ text, ...file.fields });
    return {
      text: input.text,
      sourceUrl: input.sourceUrl ?? null,
      publishedOn: input.publishedOn ?? null,
      fileName: file.fileName,
      mediaType: file.mediaType,
    };
  }

  private async validate(body: unknown): Promise<CreateImportDto> {
    return (await this.pipe.transform(body, { type: 'body', metatype: CreateImportDto, data: '' })) as CreateImportDto;
  }
}

const TheRequest = createParamDecorator((_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest>());

/** The text to import and where it came from, read from the request's body: `create(@ReceivedImport() source: ImportSource)`. */
export const ReceivedImport = (): ParameterDecorator => TheRequest(ReadImportBody);
