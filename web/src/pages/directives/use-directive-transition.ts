import { api, ifMatch, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { TransitionAction } from '../../i18n/labels';
import type { Directive } from './directive-queries';
import { useDirectiveAction } from './use-directive-action';

type TransitionBody = components['schemas']['TransitionDto'];

const DONE: Record<TransitionAction, string> = {
  start: 'Đã bắt đầu thực hiện nhiệm vụ.',
  submit: 'Đã báo cáo hoàn thành; nhiệm vụ chờ lãnh đạo xác nhận.',
  confirm: 'Đã xác nhận hoàn thành nhiệm vụ.',
  reject: 'Đã trả lại nhiệm vụ để thực hiện lại.',
  pause: 'Đã tạm dừng nhiệm vụ.',
  resume: 'Đã cho tiếp tục thực hiện nhiệm vụ.',
  cancel: 'Đã hủy nhiệm vụ.',
  reopen: 'Đã yêu cầu thực hiện lại nhiệm vụ.',
};

/** A workflow step, against the version of the directive on screen. */
export function useDirectiveTransition(directive: Directive) {
  return useDirectiveAction(directive, {
    request: async (body: TransitionBody) =>
      unwrap(
        await api.POST('/api/v1/directives/{id}/transitions', {
          params: { path: { id: directive.id }, header: ifMatch(directive.version) },
          body,
        }),
      ),
    done: (_, body) => DONE[body.action],
  });
}
