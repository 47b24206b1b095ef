import { defineErrors } from '../common/errors/error-kind.js';

export const NotificationError = defineErrors({
  NotificationNotFound: ['notification_not_found', 'not_found'],
});
