import { defineErrors } from '../common/errors/error-kind.js';

export const WebInterfaceError = defineErrors({
  // The service runs from its TypeScript build without the interface's (dist/web): the API still works.
  NotBuilt: ['interface_not_built', 'not_found'],
});
