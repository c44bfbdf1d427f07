// The texts of 一時保存 (the save panel, the restored note, the resume page) in every
// citizen language. They come with those chunks only: opening a form needs none of them.
import { useMemo } from 'preact/hooks';
import { type Params, useLang } from './index.ts';

const saveJa = {
  'save.restored': '前回の入力内容を復元しました。',
  'save.startOver': '最初から入力する',
  'save.title': '一時保存（続きは後で）',
  'save.intro': '入力した内容を保存し、続きを入力するためのリンクを作ります。別のスマートフォンやパソコンでも、このリンクから続けられます。アカウントは要りません。',
  'save.validity': 'リンクは保存した日から{days}日間有効です。過ぎると、保存した内容は消去されます。',
  'save.email': 'リンクを受け取るメールアドレス（任意）',
  'save.emailHint': '入力すると、リンクをメールで送ります。アドレスはこのメールを送るためだけに使い、保存しません。',
  'save.submit': '保存してリンクを作る',
  'save.saving': '保存しています…',
  'save.done': '保存しました。このリンクは{date}まで有効です。過ぎると保存した内容は消去されます。',
  'save.mailed': 'リンクをメールで送りました。届くまで数分かかることがあります。',
  'save.link': '続きを入力するためのリンク',
  'save.copy': 'リンクをコピー',
  'save.copied': 'リンクをコピーしました。',
  'save.secret': 'このリンクを開くと誰でも入力内容を見られます。他の人には教えないでください。',
  'save.failed': '保存できませんでした。通信状況を確認して、もう一度お試しください。入力した内容は消えていません。',
  'save.close': '入力に戻る',
  'resume.title': '保存した入力内容を開いています',
  'resume.gone': '保存した入力内容が見つかりません',
  'resume.goneBody': 'リンクの有効期限が過ぎたか、すでに申請が済んでいます。お手数ですが、手続きの一覧から最初から入力してください。',
};

export type SaveKey = keyof typeof saveJa;

const saveJaEasy: Partial<Record<SaveKey, string>> = {
  'save.restored': '前に書いたものを、もう一度出しました。',
  'save.startOver': 'はじめから書く',
  'save.title': '一時保存（あとで続きを書く）',
  'save.intro': '書いたものを保存します。続きを書くためのリンクを作ります。ほかのスマートフォンやパソコンでも、このリンクで続きを書くことができます。アカウントはいりません。',
  'save.email': 'リンクを受け取るメールアドレス（書かなくてもいいです）',
  'save.emailHint': '書くと、リンクをメールで送ります。アドレスは、このメールを送るためだけに使います。アドレスは保存しません。',
  'save.submit': '保存して、リンクを作る',
  'save.saving': '保存しています…',
  'save.done': '保存しました。このリンクは{date}まで使うことができます。その後、保存したものは消えます。',
  'save.mailed': 'リンクをメールで送りました。届くまで、数分かかることがあります。',
  'save.link': '続きを書くためのリンク',
  'save.copy': 'リンクをコピーする',
  'save.copied': 'リンクをコピーしました。',
  'save.secret': 'このリンクを開くと、だれでも書いたものを見ることができます。ほかの人に教えないでください。',
  'save.failed': '保存できませんでした。インターネットにつながっているか、見てください。もう一度してください。書いたものは消えていません。',
  'save.close': '書くページに戻る',
  'resume.title': '保存したものを開いています',
  'resume.gone': '保存したものが見つかりません',
  'resume.goneBody': 'リンクを使うことができる時間が終わりました。または、もう申請が終わっています。手続きのリストから、はじめから書いてください。',
  'save.validity': 'リンクは、保存した日から{days}日の間、使うことができます。その後、保存したものは消えます。',
};

const saveEn: Partial<Record<SaveKey, string>> = {
  'save.restored': 'We brought back what you typed last time.',
  'save.startOver': 'Start again',
  'save.title': 'Save and continue later',
  'save.intro': 'We save your answers and make a link to continue. You can open the link on another phone or computer. No account is needed.',
  'save.validity': 'The link works for {days} days from when you save. After that, the saved answers are deleted.',
  'save.email': 'E-mail address for the link (optional)',
  'save.emailHint': 'If you enter one, we mail the link to it. The address is used only to send this mail and is not kept.',
  'save.submit': 'Save and make a link',
  'save.saving': 'Saving…',
  'save.done': 'Saved. The link works until {date}. After that, the saved answers are deleted.',
  'save.mailed': 'We have mailed the link. It can take a few minutes to arrive.',
  'save.link': 'Link to continue your application',
  'save.copy': 'Copy the link',
  'save.copied': 'The link has been copied.',
  'save.secret': 'Anyone who opens this link can see your answers. Do not share it.',
  'save.failed': 'We could not save. Check your connection and try again. Nothing you typed is lost.',
  'save.close': 'Back to the form',
  'resume.title': 'Opening your saved answers',
  'resume.gone': 'Your saved answers were not found',
  'resume.goneBody': 'The link has expired, or the application was already sent. Please start again from the list of procedures.',
};

const saveZhCN: Partial<Record<SaveKey, string>> = {
  'save.restored': '已恢复您上次填写的内容。',
  'save.startOver': '从头开始填写',
  'save.title': '临时保存（稍后继续）',
  'save.intro': '保存已填写的内容，并生成用于继续填写的链接。在其他手机或电脑上也可以通过此链接继续。不需要账号。',
  'save.email': '接收链接的电子邮件地址（选填）',
  'save.emailHint': '填写后，链接会通过电子邮件发送。此地址仅用于发送这封邮件，不会被保存。',
  'save.submit': '保存并生成链接',
  'save.saving': '正在保存…',
  'save.done': '已保存。此链接的有效期至{date}。过期后，保存的内容将被删除。',
  'save.mailed': '已通过电子邮件发送链接。邮件送达可能需要几分钟。',
  'save.link': '继续填写的链接',
  'save.copy': '复制链接',
  'save.copied': '已复制链接。',
  'save.secret': '任何人打开此链接都能看到填写的内容。请不要告诉他人。',
  'save.failed': '无法保存。请检查网络连接后重试。您填写的内容没有丢失。',
  'save.close': '返回填写',
  'resume.title': '正在打开保存的内容',
  'resume.gone': '找不到保存的内容',
  'resume.goneBody': '链接已过期，或申请已经提交。请从手续列表中重新开始填写。',
  'save.validity': '链接自保存之日起{days}天内有效。过期后，保存的内容将被删除。',
};

const saveKo: Partial<Record<SaveKey, string>> = {
  'save.restored': '지난번 입력 내용을 복원했습니다.',
  'save.startOver': '처음부터 입력하기',
  'save.title': '임시 저장(나중에 이어서 입력)',
  'save.intro': '입력한 내용을 저장하고, 이어서 입력하기 위한 링크를 만듭니다. 다른 스마트폰이나 컴퓨터에서도 이 링크로 이어서 입력할 수 있습니다. 계정은 필요 없습니다.',
  'save.email': '링크를 받을 이메일 주소(선택)',
  'save.emailHint': '입력하면 링크를 이메일로 보냅니다. 주소는 이 이메일을 보내는 데에만 사용하며 저장하지 않습니다.',
  'save.submit': '저장하고 링크 만들기',
  'save.saving': '저장하는 중…',
  'save.done': '저장했습니다. 이 링크는 {date}까지 유효합니다. 기한이 지나면 저장한 내용은 삭제됩니다.',
  'save.mailed': '링크를 이메일로 보냈습니다. 도착하기까지 몇 분 걸릴 수 있습니다.',
  'save.link': '이어서 입력하기 위한 링크',
  'save.copy': '링크 복사',
  'save.copied': '링크를 복사했습니다.',
  'save.secret': '이 링크를 열면 누구나 입력 내용을 볼 수 있습니다. 다른 사람에게 알려 주지 마세요.',
  'save.failed': '저장하지 못했습니다. 통신 상태를 확인하고 다시 시도해 주세요. 입력한 내용은 지워지지 않았습니다.',
  'save.close': '입력으로 돌아가기',
  'resume.title': '저장한 입력 내용을 여는 중입니다',
  'resume.gone': '저장한 입력 내용을 찾을 수 없습니다',
  'resume.goneBody': '링크의 유효 기한이 지났거나 이미 신청이 끝났습니다. 번거로우시겠지만 절차 목록에서 처음부터 입력해 주세요.',
  'save.validity': '링크는 저장한 날부터 {days}일 동안 유효합니다. 기한이 지나면 저장한 내용은 삭제됩니다.',
};

const saveVi: Partial<Record<SaveKey, string>> = {
  'save.restored': 'Đã khôi phục nội dung bạn nhập lần trước.',
  'save.startOver': 'Nhập lại từ đầu',
  'save.title': 'Lưu tạm (tiếp tục sau)',
  'save.intro': 'Lưu nội dung đã nhập và tạo đường link để nhập tiếp. Bạn có thể tiếp tục từ link này trên điện thoại hoặc máy tính khác. Không cần tài khoản.',
  'save.email': 'Địa chỉ email để nhận link (không bắt buộc)',
  'save.emailHint': 'Nếu nhập, link sẽ được gửi qua email. Địa chỉ chỉ dùng để gửi email này và không được lưu lại.',
  'save.submit': 'Lưu và tạo link',
  'save.saving': 'Đang lưu…',
  'save.done': 'Đã lưu. Link này có hiệu lực đến {date}. Sau thời hạn đó, nội dung đã lưu sẽ bị xóa.',
  'save.mailed': 'Đã gửi link qua email. Có thể mất vài phút để email đến.',
  'save.link': 'Đường link để nhập tiếp',
  'save.copy': 'Sao chép link',
  'save.copied': 'Đã sao chép link.',
  'save.secret': 'Bất kỳ ai mở link này đều xem được nội dung bạn đã nhập. Đừng chia sẻ link cho người khác.',
  'save.failed': 'Không lưu được. Hãy kiểm tra kết nối mạng rồi thử lại. Nội dung bạn đã nhập vẫn còn.',
  'save.close': 'Quay lại nhập',
  'resume.title': 'Đang mở nội dung đã lưu',
  'resume.gone': 'Không tìm thấy nội dung đã lưu',
  'resume.goneBody': 'Link đã hết hạn, hoặc đơn đã được nộp. Xin hãy chọn thủ tục từ danh sách và nhập lại từ đầu.',
  'save.validity': 'Link có hiệu lực trong {days} ngày kể từ khi lưu. Sau thời hạn đó, nội dung đã lưu sẽ bị xóa.',
};

const savePtBR: Partial<Record<SaveKey, string>> = {
  'save.restored': 'As respostas que você digitou da última vez foram recuperadas.',
  'save.startOver': 'Começar de novo',
  'save.title': 'Salvar para continuar depois',
  'save.intro': 'Salvamos o que você digitou e criamos um link para continuar. Você pode continuar por esse link em outro celular ou computador. Não é preciso ter conta.',
  'save.email': 'E-mail para receber o link (opcional)',
  'save.emailHint': 'Se você informar, enviaremos o link por e-mail. O endereço é usado só para enviar esse e-mail e não é guardado.',
  'save.submit': 'Salvar e criar o link',
  'save.saving': 'Salvando…',
  'save.done': 'Salvo. Este link vale até {date}. Depois disso, as respostas salvas são apagadas.',
  'save.mailed': 'Enviamos o link por e-mail. Pode levar alguns minutos para chegar.',
  'save.link': 'Link para continuar',
  'save.copy': 'Copiar link',
  'save.copied': 'Link copiado.',
  'save.secret': 'Qualquer pessoa que abrir este link pode ver as suas respostas. Não compartilhe o link.',
  'save.failed': 'Não foi possível salvar. Verifique sua conexão e tente novamente. Nada do que você digitou foi perdido.',
  'save.close': 'Voltar para as respostas',
  'resume.title': 'Abrindo as respostas salvas',
  'resume.gone': 'As respostas salvas não foram encontradas',
  'resume.goneBody': 'O link expirou, ou o pedido já foi enviado. Escolha o procedimento na lista e comece de novo.',
  'save.validity': 'O link vale por {days} dias a partir de quando você salvar. Depois disso, as respostas salvas são apagadas.',
};

export const saveCatalogues: Record<string, Partial<Record<SaveKey, string>>> = {
  'ja': saveJa,
  'ja-easy': saveJaEasy,
  'en': saveEn,
  'zh-CN': saveZhCN,
  'ko': saveKo,
  'vi': saveVi,
  'pt-BR': savePtBR,
};

export function saveText(lang: string, key: SaveKey, params: Params = {}): string {
  const template = saveCatalogues[lang]?.[key] ?? saveJa[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function useSaveText(): (key: SaveKey, params?: Params) => string {
  const { lang } = useLang();
  return useMemo(() => (key: SaveKey, params?: Params) => saveText(lang, key, params), [lang]);
}
