import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './export-format.js';

const FILE = { schema: { type: 'string', format: 'binary' } };

/** The 200 of a list that can be exported: its JSON page, or the whole list as an XLSX or CSV file. */
export function ApiExportable(page: Type): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(page),
    ApiProduces('application/json', XLSX_MEDIA_TYPE, CSV_MEDIA_TYPE),
    ApiOkResponse({
      description:
        'JSON: one page. With ?format=xlsx|csv (or Accept): the whole filtered list as a file named in Content-Disposition; ' +
        'XLSX has a title block, Vietnamese headers, date and percent cells; CSV is UTF-8 with a BOM.',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(page) } },
        [XLSX_MEDIA_TYPE]: FILE,
        [CSV_MEDIA_TYPE]: FILE,
      },
    }),
  );
}
