import { describe, expect, it } from '@jest/globals';
import { titleDefect } from './title-defects.js';

describe('titleDefect', () => {
  it.each([
    ['Rà soát toàn bộ các công trình thủy lợi xuống cấp', null],
    ['Chủ trì, phối hợp với Sở Tài chính lập dự toán', null],
    ['Các địa phương chủ động phương án phòng chống hạn', null],
    ['Xây dựng phương án cấp nước cho các xã vùng cao', null],
    ['Phân loại rác tại nguồn ở các khu dân cư', null],
    [', thị trấn tổ chức tiêu độc khử trùng', 'starts with punctuation'],
    ['; hoàn thành trong tháng 10', 'starts with punctuation'],
    ['Và thị xã Ngã Năm kiểm tra các cống ngăn mặn', 'starts with a conjunction'],
    ['hoặc báo cáo bằng văn bản trước ngày 20', 'starts with a conjunction'],
    ['Phần Dịch vụ môi trường thu gom rác đúng giờ', 'starts with the tail of a cut name'],
    ['Thực vật hướng dẫn nông dân ghi nhật ký', 'starts with the tail of a cut name'],
    ['Thị xã, thành phố đẩy mạnh tuyên truyền', 'starts with the tail of a cut name'],
    ['Xã tổ chức ra quân vệ sinh', 'starts with the tail of a cut name'],
    ['   ', 'is empty'],
  ])('%j → %j', (title, defect) => {
    expect(titleDefect(title)).toBe(defect);
  });
});
