// Tiếng Việt mail texts (with the Japanese version beside them, see notices.ts).
import type { MailTexts } from './mail-texts.ts';

export const vi: MailTexts = {
  receiptSubject: (t) => `Đã nhận đơn: ${t.title} (số tiếp nhận ${t.receiptNumber})`,
  receipt: (t) => [
    { p: `Đơn của bạn đã được tiếp nhận: ${t.title}.` },
    { p: `Số tiếp nhận: ${t.receiptNumber}` },
    { p: 'Bạn có thể xem tình trạng đơn bằng đường link này. Bất kỳ ai mở link đều xem được tình trạng, vì vậy đừng chia sẻ link.', link: t.statusUrl },
    { p: 'Khi đến quầy của thành phố, hãy cho nhân viên xem số tiếp nhận hoặc mã QR trong email này.' },
    { qr: t.qrCid, alt: `Mã QR dùng tại quầy (số tiếp nhận ${t.receiptNumber})` },
    { p: `Email này được gửi tự động, không thể trả lời. Nếu có câu hỏi, hãy liên hệ ${t.department}.` },
  ],
  statusSubject: (t) => `${t.statusLabel}: ${t.title} (số tiếp nhận ${t.receiptNumber})`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `Đã nhận đơn đã sửa của bạn: số tiếp nhận ${t.receiptNumber} (${t.title}).`
          : t.kind === 'withdrawn'
            ? `Đơn số tiếp nhận ${t.receiptNumber} (${t.title}) đã được rút.`
            : `Tình trạng của đơn số ${t.receiptNumber} (${t.title}) hiện là: ${t.statusLabel}.`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? 'Lý do bạn đã viết' : 'Nhận xét của bộ phận phụ trách'}:\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
          ? 'Xin hãy sửa lại đơn: mở đường link xem tình trạng trong email tiếp nhận, sửa những chỗ cần thiết rồi gửi lại.'
          : 'Để biết chi tiết, hãy mở đường link xem tình trạng trong email tiếp nhận.',
    },
    { p: `Email này được gửi tự động, không thể trả lời. Nếu có câu hỏi, hãy liên hệ ${t.department}.` },
  ],
  messageSubject: (t) => `Tin nhắn: ${t.title} (số tiếp nhận ${t.receiptNumber})`,
  message: (t) => [
    { p: `Tin nhắn từ ${t.department} về đơn số ${t.receiptNumber} (${t.title}):` },
    { p: t.body },
    { p: 'Bạn cũng có thể đọc tin nhắn này qua đường link xem tình trạng trong email tiếp nhận.' },
    { p: `Email này được gửi tự động, không thể trả lời. Nếu có câu hỏi, hãy liên hệ ${t.department}.` },
  ],
  resumeLinkSubject: (t) => `Đã lưu tạm: ${t.title} (link để nhập tiếp)`,
  resumeLink: (t) => [
    { p: `Nội dung bạn nhập cho ${t.title} đã được lưu tạm. Đơn vẫn chưa được gửi.` },
    { p: 'Mở đường link này để nhập tiếp từ chỗ đã dừng, trên điện thoại hoặc máy tính này hay máy khác.', link: t.resumeUrl },
    { p: `Link có hiệu lực đến ${t.expires}. Sau thời hạn đó, nội dung đã lưu sẽ bị xóa.` },
    { p: 'Bất kỳ ai mở link đều xem được nội dung bạn đã nhập, vì vậy đừng chia sẻ link.' },
    { p: `Nếu bạn không yêu cầu việc này, hãy xóa email này. Email được gửi tự động, không thể trả lời. Nếu có câu hỏi, hãy liên hệ ${t.department}.` },
  ],
};
