/** Every API route lives under /api/v1; everything else (/) is the web interface. */
export const API_PREFIX = 'api/v1';
