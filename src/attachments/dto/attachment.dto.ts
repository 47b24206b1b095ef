import { ApiProperty } from '@nestjs/swagger';

export class AttachmentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Báo cáo tiến độ Tằng Loỏng.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Recognised from the content.' }) mediaType!: string;
  @ApiProperty({ description: 'Bytes.' }) size!: number;
  @ApiProperty({ description: 'Hex SHA-256 of the bytes; the download ETag is this value in quotes.' }) sha256!: string;
}

/** The request body, for the OpenAPI document only: the route reads the stream itself. */
export class AttachmentUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, XLSX, DOC, XLS, JPEG or PNG.' }) file!: unknown;
}
