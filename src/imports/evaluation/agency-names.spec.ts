import { describe, expect, it } from '@jest/globals';
import { canonicalAgencyName, exactAgencyName, sameAgency, sameAgencyExactly, samePosition } from './agency-names.js';
import { foldText } from './folded-text.js';

describe('foldText', () => {
  it.each([
    ['Tằng Loỏng', 'tang loong'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Tằng Loỏng'.normalize('NFD'), 'tang loong'],
    ['Ban Quản lý  Khu kinh tế,\ntỉnh.', 'ban quan ly khu kinh te tinh'],
    ['Số: 125/TB-UBND', 'so 125/tb ubnd'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('sameAgency', () => {
  it.each([
    ['UBND thành phố Hạ Long', 'Ủy ban nhân dân thành phố Hạ Long'],
    ['Ban Quản lý Khu kinh tế', 'Ban Quản lý Khu kinh tế tỉnh Lào Cai'],
    ['BQL KKT tỉnh', 'Ban Quản lý Khu kinh tế'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở KH & ĐT', 'Sở Kế hoạch và Đầu tư tỉnh'],
    ['P. Quy hoạch MT', 'Phòng Quy hoạch môi trường'],
    ['UBND h. Chương Mỹ', 'Ủy ban nhân dân huyện Chương Mỹ'],
    ['các sở, ngành', 'sở, ngành'],
    ['Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk'],
    ['Sở Xây dựng tỉnh', 'Sở Xây dựng Quảng Ninh'],
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy Yên Bái'],
    ['UBND các huyện, thành phố', 'UBND các huyện'],
  ])('%j is %j', (a, b) => {
    expect(sameAgency(a, b)).toBe(true);
    expect(sameAgency(b, a)).toBe(true);
  });

  it.each([
    ['Sở Tài chính', 'Sở Tài nguyên và Môi trường'],
    ['UBND tỉnh', 'UBND huyện Bát Xát'],
    ['Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh'],
    ['Sở Xây dựng', 'Sở Giao thông vận tải'],
    ['tỉnh', 'Sở Xây dựng tỉnh'],
    ['HĐND tỉnh', 'Hội đồng nhân dân thành phố Cần Thơ'],

    ['Ban Quản lý Khu kinh tế Đông Nam', 'Ban Quản lý Khu kinh tế tỉnh Lào Cai'],
  ])('%j is not %j', (a, b) => {
    expect(sameAgency(a, b)).toBe(false);
    expect(sameAgency(b, a)).toBe(false);
  });

  it('keeps the words that name an agency and drops where it sits', () => {
    expect(canonicalAgencyName('UBND các huyện, thành phố')).toBe('uy ban nhan dan huyen thanh pho');
    expect(canonicalAgencyName('Sở KH&ĐT tỉnh')).toBe('so ke hoach va dau tu');
    expect(canonicalAgencyName('UBND tỉnh')).toBe('uy ban nhan dan tinh');
  });
});

describe('sameAgencyExactly', () => {
  it.each([
    ['UBND thành phố Hạ Long', 'Ủy ban nhân dân thành phố Hạ Long'],
    ['BQL KKT tỉnh', 'Ban Quản lý Khu kinh tế'],
    ['Ban Quản lý Khu kinh tế', 'Ban Quản lý Khu kinh tế tỉnh Lào Cai'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và PTNT'],
    ['Sở Xây dựng tỉnh', 'Sở Xây dựng Quảng Ninh'],
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh Sóc Trăng'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy Yên Bái'],
    ['UBND các huyện, thị xã, thành phố', 'UBND huyện, thị xã, thành phố'],
    ['KCN Đình Trám', 'Khu công nghiệp Đình Trám'],
  ])('%j is %j', (a, b) => {
    expect(sameAgencyExactly(a, b)).toBe(true);
    expect(sameAgencyExactly(b, a)).toBe(true);
  });

  it.each([
    ['Công ty Cổ', 'Công ty Cổ phần Cấp nước Sóc Trăng'],
    ['UBND các huyện', 'UBND các huyện, thị xã, thành phố'],
    ['UBND các xã', 'UBND các xã, thị trấn'],
    ['Chi cục Trồng trọt và Bảo vệ', 'Chi cục Trồng trọt và Bảo vệ thực vật'],
    ['UBND tỉnh', 'UBND huyện Bát Xát'],
    ['UBND thành phố Cần Thơ', 'UBND thành phố'],
    ['Sở Tài chính', 'Sở Tài nguyên và Môi trường'],
    ['', ''],
  ])('%j is not %j', (a, b) => {
    expect(sameAgencyExactly(a, b)).toBe(false);
    expect(sameAgencyExactly(b, a)).toBe(false);
  });

  it('drops where the agency sits, not which council it is', () => {
    expect(exactAgencyName('Sở Xây dựng tỉnh Lào Cai')).toBe('so xay dung');
    expect(exactAgencyName('UBND tỉnh Lào Cai')).toBe('uy ban nhan dan tinh');
    expect(exactAgencyName('UBND thành phố Cần Thơ')).toBe('uy ban nhan dan thanh pho can tho');
  });
});

describe('samePosition', () => {
  it('finds one post among several', () => {
    expect(samePosition('Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')).toBe(true);
  });

  it('wants every expected post', () => {
    expect(samePosition('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy')).toBe(false);
  });

  it('does not take the deputy for the head', () => {
    expect(samePosition('Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh')).toBe(false);
    expect(samePosition('TB', 'PTB')).toBe(false);
  });
});
