import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './export-format.js';

const FILE = { schema: { type: 'string', format: 'binary' } };

const LIST =
  'JSON: one page. With ?format=xlsx|csv (or Accept): the whole filtered list as a file named in Content-Disposition; ' +
  'XLSX has a title block, Vietnamese headers, date and percent cells; CSV is UTF-8 with a BOM.';

/** The 200 of a list or report that can be exported: its JSON answer, or the same rows as an XLSX or CSV file. */
export function ApiExportable(page: Type, description = LIST): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(page),
    ApiProduces('application/json', XLSX_MEDIA_TYPE, CSV_MEDIA_TYPE),
    ApiOkResponse({
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(page) } },
        [XLSX_MEDIA_TYPE]: FILE,
        [CSV_MEDIA_TYPE]: FILE,
      },
    }),
  );
}
