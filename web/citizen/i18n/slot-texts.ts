// The texts about places (日時の枠, 残り, 満員, 順番待ち) in every citizen language. They come
// with the check page's chunk: opening a form needs none of them.
import { useMemo } from 'preact/hooks';
import { type Params, useLang } from './index.ts';

const slotJa = {
  'slot.legend': '申し込む日時',
  'slot.hint': '残りの席の数は、いまの数です。送信した時点で満員になっていることがあります。',
  'slot.left': '残り{n}席',
  'slot.full': '満員',
  'slot.fullWaiting': '満員（順番待ちできます）',
  'slot.required': '申し込む日時を選んでください。',
  'slot.loading': '残りの席の数を確認しています…',
  'slot.unknownLeft': '残りの席の数を確認できませんでした。送信すると、空いているかどうかをお知らせします。',
  'slot.formLeft': 'この申込みの残りの席: {n}席',
  'slot.formFull': '定員に達しています。',
  'slot.formFullWaiting': '定員に達しています。送信すると順番待ちとして受け付けます。',
  'slot.waitlisted': '順番待ちとして受け付けました',
  'slot.waitlistedBody': '満員のため、申込みはまだ確定していません。空きが出たら、受け付けた順に繰り上げて、メールと申請の状況のページでお知らせします。',
  'slot.position': '現在、順番待ちの{n}番目です。',
  'slot.booked': '申し込んだ日時: {slot}',
};

export type SlotKey = keyof typeof slotJa;

const slotJaEasy: Record<SlotKey, string> = {
  'slot.legend': '申し込む日',
  'slot.hint': '残りの席の数は、いまの数です。送ったときに、いっぱいになっていることがあります。',
  'slot.left': 'あと{n}席',
  'slot.full': 'いっぱい（満員）',
  'slot.fullWaiting': 'いっぱい（順番を待つことができます）',
  'slot.required': '申し込む日を選んでください。',
  'slot.formFull': '人数がいっぱいです。',
  'slot.formFullWaiting': '人数がいっぱいです。送ると、順番を待つ人になります。',
  'slot.waitlisted': '順番を待つ人として受け付けました',
  'slot.waitlistedBody': '人数がいっぱいなので、まだ決まっていません。空きが出たら、順番に、メールで知らせます。',
  'slot.position': 'あなたは、いま{n}番目です。',
  'slot.booked': '申し込んだ日: {slot}',
  'slot.loading': '残りの席の数を見ています…',
  'slot.unknownLeft': '残りの席の数がわかりませんでした。送ると、空いているかどうかを知らせます。',
  'slot.formLeft': '残りの席: {n}席',
};

const slotEn: Record<SlotKey, string> = {
  'slot.legend': 'Date and time',
  'slot.hint': 'Places left as of now: a session may fill up before you send.',
  'slot.left': '{n} places left',
  'slot.full': 'Full',
  'slot.fullWaiting': 'Full (you can join the waiting list)',
  'slot.required': 'Please choose a date and time.',
  'slot.loading': 'Checking the places left…',
  'slot.unknownLeft': 'The places left could not be checked. When you send, you will be told whether there is a place.',
  'slot.formLeft': 'Places left: {n}',
  'slot.formFull': 'All places are taken.',
  'slot.formFullWaiting': 'All places are taken. If you send, you join the waiting list.',
  'slot.waitlisted': 'You are on the waiting list',
  'slot.waitlistedBody': 'It was full, so your application is not confirmed yet. When a place frees up, the list moves up in order and we tell you by mail and on the status page.',
  'slot.position': 'You are number {n} on the waiting list.',
  'slot.booked': 'Date and time: {slot}',
};

const slotZhCN: Record<SlotKey, string> = {
  'slot.legend': '申请的日期和时间',
  'slot.left': '剩余{n}个名额',
  'slot.full': '已满',
  'slot.fullWaiting': '已满（可候补）',
  'slot.required': '请选择申请的日期和时间。',
  'slot.formFull': '名额已满。',
  'slot.formFullWaiting': '名额已满。提交后将作为候补受理。',
  'slot.waitlisted': '已作为候补受理',
  'slot.waitlistedBody': '因名额已满，申请尚未确定。有空位时将按顺序递补，并通过邮件和申请状态页面通知您。',
  'slot.position': '您目前是第{n}位候补。',
  'slot.booked': '申请的日期和时间：{slot}',
  'slot.hint': '剩余名额为当前数字，提交时可能已满。',
  'slot.loading': '正在确认剩余名额…',
  'slot.unknownLeft': '无法确认剩余名额。提交后会告知是否有空位。',
  'slot.formLeft': '剩余名额：{n}个',
};

const slotKo: Record<SlotKey, string> = {
  'slot.legend': '신청할 일시',
  'slot.left': '잔여 {n}석',
  'slot.full': '마감',
  'slot.fullWaiting': '마감(대기 신청 가능)',
  'slot.required': '신청할 일시를 선택해 주세요.',
  'slot.formFull': '정원이 다 찼습니다.',
  'slot.formFullWaiting': '정원이 다 찼습니다. 보내면 대기자로 접수됩니다.',
  'slot.waitlisted': '대기자로 접수되었습니다',
  'slot.waitlistedBody': '정원이 다 차서 아직 확정되지 않았습니다. 자리가 나면 순서대로 넘어가며 메일과 신청 상황 페이지로 알려 드립니다.',
  'slot.position': '현재 대기 {n}번째입니다.',
  'slot.booked': '신청한 일시: {slot}',
  'slot.hint': '잔여 석 수는 현재 기준입니다. 보낼 때 이미 마감되었을 수 있습니다.',
  'slot.loading': '잔여 석 수를 확인하고 있습니다…',
  'slot.unknownLeft': '잔여 석 수를 확인하지 못했습니다. 보내면 자리가 있는지 알려 드립니다.',
  'slot.formLeft': '잔여 석: {n}석',
};

const slotVi: Record<SlotKey, string> = {
  'slot.legend': 'Ngày giờ',
  'slot.left': 'Còn {n} chỗ',
  'slot.full': 'Hết chỗ',
  'slot.fullWaiting': 'Hết chỗ (có thể vào danh sách chờ)',
  'slot.required': 'Vui lòng chọn ngày giờ.',
  'slot.formFull': 'Đã hết chỗ.',
  'slot.formFullWaiting': 'Đã hết chỗ. Nếu gửi, bạn sẽ vào danh sách chờ.',
  'slot.waitlisted': 'Bạn đang trong danh sách chờ',
  'slot.waitlistedBody': 'Đã hết chỗ nên đơn chưa được xác nhận. Khi có chỗ trống, chúng tôi sẽ xét theo thứ tự và báo qua e-mail và trang tình trạng đơn.',
  'slot.position': 'Bạn đang ở vị trí thứ {n} trong danh sách chờ.',
  'slot.booked': 'Ngày giờ: {slot}',
  'slot.hint': 'Số chỗ còn lại tính đến lúc này; có thể hết chỗ trước khi bạn gửi.',
  'slot.loading': 'Đang kiểm tra số chỗ còn lại…',
  'slot.unknownLeft': 'Không kiểm tra được số chỗ còn lại. Khi gửi, bạn sẽ được báo còn chỗ hay không.',
  'slot.formLeft': 'Còn {n} chỗ',
};

const slotPtBR: Record<SlotKey, string> = {
  'slot.legend': 'Data e horário',
  'slot.left': '{n} vagas restantes',
  'slot.full': 'Lotado',
  'slot.fullWaiting': 'Lotado (pode entrar na lista de espera)',
  'slot.required': 'Escolha uma data e horário.',
  'slot.formFull': 'As vagas estão esgotadas.',
  'slot.formFullWaiting': 'As vagas estão esgotadas. Se enviar, você entra na lista de espera.',
  'slot.waitlisted': 'Você está na lista de espera',
  'slot.waitlistedBody': 'Estava lotado, então o pedido ainda não está confirmado. Quando abrir uma vaga, a lista anda pela ordem e avisaremos por e-mail e na página de situação.',
  'slot.position': 'Você é o número {n} na lista de espera.',
  'slot.booked': 'Data e horário: {slot}',
  'slot.hint': 'Vagas restantes neste momento: uma sessão pode lotar antes do envio.',
  'slot.loading': 'Verificando as vagas restantes…',
  'slot.unknownLeft': 'Não foi possível verificar as vagas. Ao enviar, você saberá se há vaga.',
  'slot.formLeft': 'Vagas restantes: {n}',
};

const catalogues: Record<string, Partial<Record<SlotKey, string>>> = { ja: slotJa, 'ja-easy': slotJaEasy, en: slotEn, 'zh-CN': slotZhCN, ko: slotKo, vi: slotVi, 'pt-BR': slotPtBR };

export function slotText(lang: string, key: SlotKey, params: Params = {}): string {
  const template = catalogues[lang]?.[key] ?? slotJa[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function useSlotTexts() {
  const { lang } = useLang();
  return useMemo(() => (key: SlotKey, params?: Params) => slotText(lang, key, params), [lang]);
}
