export const IMPORT_STATUSES = ['draft', 'confirmed', 'discarded'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
