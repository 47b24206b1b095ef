import type { FieldError, Problem } from '../api/problem';

/**
 * The API writes its problem documents in English for developers; the people using
 * the interface read Vietnamese. Codes we know get a Vietnamese sentence; any other
 * problem shows the API's own detail, so nothing is ever hidden.
 */
const BY_CODE: Record<string, string> = {
  network_error: 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.',
  unexpected: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  too_many_attempts: 'Đăng nhập sai quá nhiều lần. Vui lòng chờ rồi thử lại.',
  invalid_refresh_token: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
  unauthenticated: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  validation_failed: 'Một số thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.',
  version_mismatch: 'Nội dung đã được người khác thay đổi trong lúc bạn sửa.',
  precondition_required: 'Thiếu phiên bản của nội dung đang sửa. Vui lòng tải lại trang.',
  transition_not_allowed: 'Thao tác này không còn phù hợp với trạng thái hiện tại của nhiệm vụ.',
  directive_closed: 'Nhiệm vụ đã kết thúc, không thể thay đổi.',
  directive_paused: 'Nhiệm vụ đang tạm dừng.',
  directive_awaiting_confirmation: 'Nhiệm vụ đang chờ xác nhận hoàn thành.',
  extension_already_pending: 'Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định.',
  extension_not_pending: 'Đề nghị gia hạn này đã được quyết định.',
  extension_date_not_later: 'Hạn mới phải sau hạn hiện tại.',
  extension_date_in_past: 'Hạn mới không được ở trong quá khứ.',
  extension_without_deadline: 'Nhiệm vụ không có thời hạn nên không cần gia hạn.',
  extension_date_beyond_proposed: 'Hạn được đồng ý không được muộn hơn hạn đơn vị đề nghị.',
  idempotency_key_reused: 'Yêu cầu này đã được gửi với nội dung khác. Vui lòng tải lại trang.',
  idempotency_request_in_progress: 'Yêu cầu trước vẫn đang được xử lý. Vui lòng chờ giây lát.',
  attachment_too_large: 'Tệp quá lớn.',
  attachment_type_not_accepted: 'Loại tệp này không được chấp nhận, hoặc nội dung tệp không khớp với tên tệp.',
  attachment_not_usable: 'Tệp đính kèm không dùng được (đã bị xóa hoặc không thuộc về bạn). Vui lòng tải lên lại.',
  attendee_already_present: 'Người này đã có trong danh sách dự họp.',
  meeting_already_has_chair: 'Cuộc họp chỉ có một người chủ trì.',
  meeting_period_invalid: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
  directive_lead_also_cooperating: 'Cơ quan chủ trì không đồng thời là cơ quan phối hợp.',
  directive_owner_outside_agency: 'Người được phân công phải thuộc cơ quan chủ trì.',
  directive_source_speech_elsewhere: 'Phát biểu nguồn phải thuộc cuộc họp này.',
  organization_short_name_taken: 'Tên viết tắt này đã được dùng cho cơ quan khác.',
  organization_hierarchy_cycle: 'Cơ quan cấp trên không hợp lệ (tạo thành vòng lặp).',
  reference_not_found: 'Một mục được chọn không còn tồn tại. Vui lòng chọn lại.',
  report_period_reversed: 'Ngày bắt đầu phải trước ngày kết thúc.',
  too_many_calendar_feeds: 'Bạn đã có quá nhiều đường dẫn lịch. Hãy thu hồi bớt rồi tạo mới.',
  username_taken: 'Tên đăng nhập này đã được dùng.',
  password_rejected: 'Mật khẩu chưa đạt yêu cầu.',
  last_admin: 'Không thể bỏ quyền của quản trị viên cuối cùng.',
  database_unavailable: 'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau.',
  directive_not_found: 'Không tìm thấy nhiệm vụ này, hoặc bạn không có quyền xem.',
  meeting_not_found: 'Không tìm thấy cuộc họp này, hoặc bạn không có quyền xem.',
  user_not_found: 'Không tìm thấy tài khoản này.',
  user_organization_required: 'Vai trò này làm việc cho một cơ quan, đơn vị: hãy chọn cơ quan.',
  search_query_invalid: 'Không tìm được với nội dung này.',
};

/** Codes whose one field error says the reason better than the code can: it is shown in its place. */
const REASON_IN_FIELD = new Set(['search_query_invalid']);

const BY_STATUS: Record<number, string> = {
  401: 'Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy nội dung này, hoặc bạn không có quyền xem.',
  409: 'Thao tác bị từ chối vì xung đột với trạng thái hiện tại.',
  412: 'Nội dung đã được người khác thay đổi trong lúc bạn sửa.',
  413: 'Nội dung gửi lên quá lớn.',
  415: 'Loại tệp hoặc định dạng không được chấp nhận.',
  422: 'Yêu cầu không hợp lệ.',
  429: 'Quá nhiều yêu cầu. Vui lòng chờ rồi thử lại.',
  500: 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
  503: 'Máy chủ đang bận hoặc tạm ngừng. Vui lòng thử lại sau.',
};

/** Parameters of the address, not of a form: when only they are wrong, the link is, not what the user typed. */
const PATH_PARAMETERS = new Set(['id', 'meetingId', 'speechId', 'attendeeId', 'requestId', 'file']);

export function problemMessage(problem: Problem): string {
  if (problem.code === 'validation_failed' && problem.errors?.length && problem.errors.every((e) => PATH_PARAMETERS.has(e.field))) {
    return 'Đường dẫn không hợp lệ (có thể đã cũ hoặc bị chép thiếu). Hãy mở lại từ danh sách.';
  }
  const reason = problem.code && REASON_IN_FIELD.has(problem.code) ? problem.errors?.[0] : undefined;
  if (reason) return fieldMessage(reason);
  return (problem.code && BY_CODE[problem.code]) || BY_STATUS[problem.status] || problem.detail || 'Đã xảy ra lỗi.';
}

/** The API's own sentence, shown under the Vietnamese one when it adds something (a rule's particulars). */
export function problemDetail(problem: Problem): string | undefined {
  return problem.detail && problem.detail !== problemMessage(problem) ? problem.detail : undefined;
}

const FIELD_PATTERNS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/ is required$/, () => 'Bắt buộc nhập.'],
  [/must be shorter than or equal to (\d+) characters/, (m) => `Tối đa ${m[1]} ký tự.`],
  [/must be longer than or equal to (\d+) characters/, (m) => `Tối thiểu ${m[1]} ký tự.`],
  [/must not be less than (\d+)/, (m) => `Không nhỏ hơn ${m[1]}.`],
  [/must not be greater than (\d+)/, (m) => `Không lớn hơn ${m[1]}.`],
  [/must be a valid ISO 8601 date|must be a date|must be a valid date/, () => 'Ngày không hợp lệ.'],
  [/must be a UUID/, () => 'Hãy chọn từ danh sách.'],
  [/must be an http or https URL/, () => 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.'],
  [/must be one of/, () => 'Giá trị không nằm trong danh sách cho phép.'],
  [/must not list the same id twice/, () => 'Không được chọn trùng.'],
  [/should not be empty|must not be empty/, () => 'Không được để trống.'],
  [/must not be blank/, () => 'Không được để trống.'],
  [/must not be earlier than startsAt/, () => 'Thời gian kết thúc phải sau thời gian bắt đầu.'],
  [/^password must be at least (\d+) characters/, (m) => `Mật khẩu phải có ít nhất ${m[1]} ký tự.`],
  [/^password must be at most (\d+) characters/, (m) => `Mật khẩu có nhiều nhất ${m[1]} ký tự.`],
  [/^password is one of the most common passwords/, () => 'Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác.'],
  [/^password must not be the username/, () => 'Mật khẩu không được trùng tên đăng nhập.'],
  [/^username must be 3 to 100 letters/, () => 'Từ 3 đến 100 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.'],
  [/already has this username/, () => 'Tên đăng nhập này đã được dùng. Hãy chọn tên khác.'],
  [/^organizationId is required for the role/, () => 'Vai trò này cần chọn cơ quan, đơn vị.'],
  [/^the last active admin cannot be/, () => 'Đây là quản trị viên cuối cùng: hãy cấp quyền quản trị cho người khác trước.'],
  [/^email must be an e-mail address/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/must be (\d{4})-(\d{2})-(\d{2}) or later/, (m) => `Phải từ ngày ${m[3]}/${m[2]}/${m[1]} trở đi.`],
  [/must be (\d{4})-(\d{2})-(\d{2}) or earlier/, (m) => `Không được sau ngày ${m[3]}/${m[2]}/${m[1]}.`],
  [/^q may hold at most (\d+) words/, (m) => `Nội dung tìm kiếm có quá nhiều từ: tìm được tối đa ${m[1]} từ. Hãy bớt từ.`],
  [/^q must be at most (\d+) characters/, (m) => `Nội dung tìm kiếm quá dài: tìm được tối đa ${m[1]} ký tự. Hãy rút gọn.`],
  [
    /^q must contain at least one letter or digit/,
    () => 'Nội dung tìm kiếm cần có ít nhất một chữ cái hoặc chữ số: dấu câu và ký hiệu không được tìm.',
  ],
  [/must be a string|must be a number|must be an integer|must be a boolean/, () => 'Giá trị không đúng kiểu.'],
];

export function fieldMessage(error: FieldError): string {
  for (const [pattern, say] of FIELD_PATTERNS) {
    const match = pattern.exec(error.message);
    if (match) return say(match);
  }
  return error.message;
}
