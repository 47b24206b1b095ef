import { Alert, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageTitle } from '../../ui/page-title';
import type { CreatedCalendarFeed } from './calendar-queries';
import { CreateFeedForm } from './create-feed-form';
import { FeedList } from './feed-list';
import { NewFeedAddress } from './new-feed-address';

/** Calendar subscription: the directives' deadlines and the meetings, in the calendar app the user already reads. */
export function CalendarPage() {
  // Held only in memory: once the user leaves the page, the address is gone for good.
  const [created, setCreated] = useState<CreatedCalendarFeed | null>(null);
  return (
    <Stack maw={860}>
      <PageTitle>Lịch của tôi</PageTitle>
      <Text>
        Đăng ký lịch để thấy <strong>hạn của các nhiệm vụ</strong> và <strong>lịch các cuộc họp</strong> ngay trong ứng dụng lịch bạn vẫn
        dùng (Outlook, Google Lịch, Lịch trên iPhone, iPad, Mac). Lịch tự cập nhật khi nhiệm vụ hoặc cuộc họp thay đổi; mỗi ứng dụng tự đọc
        lại theo chu kỳ riêng (thường vài giờ một lần).
      </Text>
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>Tạo một đường dẫn lịch bên dưới và sao chép nó.</List.Item>
        <List.Item>
          <strong>Outlook</strong>: Lịch → Thêm lịch → Đăng ký từ web, dán đường dẫn.
        </List.Item>
        <List.Item>
          <strong>Google Lịch</strong> (trên máy tính): Lịch khác → dấu + → Từ URL, dán đường dẫn.
        </List.Item>
        <List.Item>
          <strong>iPhone, iPad</strong>: Cài đặt → Lịch → Tài khoản → Thêm tài khoản → Khác → Thêm lịch đã đăng ký; <strong>Mac</strong>:
          ứng dụng Lịch → Tệp → Đăng ký lịch mới.
        </List.Item>
      </List>
      <Alert color="orange" variant="light" title="Giữ đường dẫn như một mật khẩu">
        Ai có đường dẫn cũng xem được lịch mà không cần đăng nhập. Đừng gửi cho người khác. Nếu nghi bị lộ, hãy thu hồi và tạo đường dẫn
        mới.
      </Alert>
      {created ? <NewFeedAddress feed={created} onDone={() => setCreated(null)} /> : <CreateFeedForm onCreated={setCreated} />}
      <FeedList onRevoked={(id) => setCreated((current) => (current?.id === id ? null : current))} />
    </Stack>
  );
}
