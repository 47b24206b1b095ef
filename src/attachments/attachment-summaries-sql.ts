/**
 * A SQL expression for the evidence files named by a uuid[] column, as a JSON
 * array of `{ id, fileName, mediaType, size, sha256 }` in the order the
 * column lists them: for reads that show a step's or a report's files in the
 * same statement.
 */
export function attachmentSummariesSql(idsColumn: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'mediaType', a.media_type,
                                                     'size', a.size, 'sha256', a.sha256) ORDER BY x.ord), '[]'::json)
             FROM unnest(${idsColumn}) WITH ORDINALITY AS x(id, ord) JOIN attachment a ON a.id = x.id)`;
}
