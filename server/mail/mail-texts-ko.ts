// 한국어 mail texts (with the Japanese version beside them, see notices.ts).
import type { MailTexts } from './mail-texts.ts';

export const ko: MailTexts = {
  receiptSubject: (t) => `[접수] ${t.title} (접수번호 ${t.receiptNumber})`,
  receipt: (t) => [
    { p: `신청이 접수되었습니다: ${t.title}.` },
    { p: `접수번호: ${t.receiptNumber}` },
    { p: '신청 상황은 다음 링크에서 확인할 수 있습니다. 이 링크를 열면 누구나 상황을 볼 수 있으므로 다른 사람에게 알려 주지 마세요.', link: t.statusUrl },
    { p: '창구에 오실 때는 접수번호나 이 메일의 QR 코드를 직원에게 보여 주세요.' },
    { qr: t.qrCid, alt: `창구용 QR 코드(접수번호 ${t.receiptNumber})` },
    { p: `이 메일은 발신 전용입니다. 답장할 수 없습니다. 문의는 ${t.department}(으)로 해 주세요.` },
  ],
  statusSubject: (t) => `[${t.statusLabel}] ${t.title} (접수번호 ${t.receiptNumber})`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `수정한 신청이 접수되었습니다: 접수번호 ${t.receiptNumber}(${t.title}).`
          : t.kind === 'withdrawn'
            ? `접수번호 ${t.receiptNumber}(${t.title})의 신청을 취하했습니다.`
            : `접수번호 ${t.receiptNumber}(${t.title})의 상황이 "${t.statusLabel}"(으)로 바뀌었습니다.`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? '작성하신 이유' : '담당 부서의 코멘트'}:\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
          ? '신청 내용을 수정해 주세요. 접수 메일에 있는 상황 확인 링크를 열어 내용을 고친 후 다시 보내 주세요.'
          : '자세한 내용은 접수 메일에 있는 상황 확인 링크에서 확인해 주세요.',
    },
    { p: `이 메일은 발신 전용입니다. 답장할 수 없습니다. 문의는 ${t.department}(으)로 해 주세요.` },
  ],
  messageSubject: (t) => `[알림] ${t.title} (접수번호 ${t.receiptNumber})`,
  message: (t) => [
    { p: `접수번호 ${t.receiptNumber}(${t.title})에 관한 ${t.department}의 알림입니다.` },
    { p: t.body },
    { p: '이 알림은 접수 메일에 있는 상황 확인 링크에서도 볼 수 있습니다.' },
    { p: `이 메일은 발신 전용입니다. 답장할 수 없습니다. 문의는 ${t.department}(으)로 해 주세요.` },
  ],
  resumeLinkSubject: (t) => `[임시 저장] ${t.title} (이어서 입력하기 위한 링크)`,
  resumeLink: (t) => [
    { p: `"${t.title}"의 입력 내용을 임시 저장했습니다. 아직 신청은 끝나지 않았습니다.` },
    { p: '다음 링크를 열면 저장한 내용에서 이어서 입력할 수 있습니다. 다른 스마트폰이나 컴퓨터에서도 열 수 있습니다.', link: t.resumeUrl },
    { p: `이 링크는 ${t.expires}까지 유효합니다. 기한이 지나면 저장한 내용은 삭제됩니다.` },
    { p: '이 링크를 열면 누구나 입력 내용을 볼 수 있습니다. 다른 사람에게 알려 주지 마세요.' },
    { p: `요청한 적이 없다면 이 메일을 삭제해 주세요. 이 메일은 발신 전용입니다. 문의는 ${t.department}(으)로 해 주세요.` },
  ],
};
