// 简体中文 mail texts (with the Japanese version beside them, see notices.ts).
import type { MailTexts } from './mail-texts.ts';

export const zhCN: MailTexts = {
  receiptSubject: (t) => `【已受理】${t.title}（受理编号 ${t.receiptNumber}）`,
  receipt: (t) => [
    { p: `已受理您的申请：${t.title}。` },
    { p: `受理编号：${t.receiptNumber}` },
    { p: '可以通过以下链接查看申请状态。任何人打开此链接都能看到状态，请不要告诉他人。', link: t.statusUrl },
    { p: '到市政府窗口办理时，请向工作人员出示受理编号或本邮件中的二维码。' },
    { qr: t.qrCid, alt: `窗口用二维码（受理编号 ${t.receiptNumber}）` },
    { p: `本邮件为系统自动发送，无法回复。如有疑问，请联系${t.department}。` },
  ],
  statusSubject: (t) => `【${t.statusLabel}】${t.title}（受理编号 ${t.receiptNumber}）`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `已受理您修改后的申请：受理编号 ${t.receiptNumber}（${t.title}）。`
          : t.kind === 'withdrawn'
            ? `受理编号 ${t.receiptNumber}（${t.title}）的申请已撤回。`
            : `受理编号 ${t.receiptNumber}（${t.title}）的状态已变为“${t.statusLabel}”。`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? '您填写的理由' : '负责部门的意见'}：\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
          ? '请修改申请内容：打开受理邮件中的状态查看链接，修改需要修改的地方后再次发送。'
          : '详情请打开受理邮件中的状态查看链接确认。',
    },
    { p: `本邮件为系统自动发送，无法回复。如有疑问，请联系${t.department}。` },
  ],
  messageSubject: (t) => `【通知】${t.title}（受理编号 ${t.receiptNumber}）`,
  message: (t) => [
    { p: `这是${t.department}关于受理编号 ${t.receiptNumber}（${t.title}）的通知：` },
    { p: t.body },
    { p: '也可以通过受理邮件中的状态查看链接阅读此通知。' },
    { p: `本邮件为系统自动发送，无法回复。如有疑问，请联系${t.department}。` },
  ],
  resumeLinkSubject: (t) => `【临时保存】${t.title}（继续填写的链接）`,
  resumeLink: (t) => [
    { p: `已临时保存您为“${t.title}”填写的内容。申请尚未提交。` },
    { p: '打开以下链接，可以从保存的地方继续填写。在其他手机或电脑上也可以打开。', link: t.resumeUrl },
    { p: `此链接的有效期至${t.expires}。过期后，保存的内容将被删除。` },
    { p: '任何人打开此链接都能看到填写的内容，请不要告诉他人。' },
    { p: `如果您没有进行此操作，请删除本邮件。本邮件为系统自动发送，无法回复。如有疑问，请联系${t.department}。` },
  ],
};
