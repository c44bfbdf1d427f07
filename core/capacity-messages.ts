// The answers a filing gets about places, in every citizen language. Kept out of
// core/messages.ts: only the server words them (the citizen app shows the 409's message),
// so the bundle that opens a form does not carry them.
type Catalogue = Record<string, string>;

export const capacityMessages: Record<string, Catalogue> = {
  ja: {
    'error.slotFull': '「{slot}」は満員のため、申し込みできません。ほかの日時を選んでください。',
    'error.slotRequired': '申し込む日時（枠）を選んでください。',
    'error.slotUnknown': '選んだ日時（枠）はこの手続きにありません。ページを読み込み直して、選び直してください。',
  },
  'ja-easy': {
    'error.slotFull': '「{slot}」は人数がいっぱい（満員）です。ほかの日を選んでください。',
    'error.slotRequired': '申し込む日を選んでください。',
    'error.slotUnknown': '選んだ日はありません。ページをもう一度開いて、選んでください。',
  },
  en: {
    'error.slotFull': '“{slot}” is full. Please choose another date and time.',
    'error.slotRequired': 'Please choose a date and time.',
    'error.slotUnknown': 'The date and time you chose is not offered for this procedure. Reload the page and choose again.',
  },
  'zh-CN': {
    'error.slotFull': '“{slot}”已满，无法申请。请选择其他日期和时间。',
    'error.slotRequired': '请选择申请的日期和时间。',
    'error.slotUnknown': '此手续没有您选择的日期和时间。请重新加载页面后再选择。',
  },
  ko: {
    'error.slotFull': '「{slot}」은(는) 정원이 다 찼습니다. 다른 일시를 선택해 주세요.',
    'error.slotRequired': '신청할 일시를 선택해 주세요.',
    'error.slotUnknown': '선택한 일시는 이 절차에 없습니다. 페이지를 새로 고친 후 다시 선택해 주세요.',
  },
  vi: {
    'error.slotFull': '“{slot}” đã hết chỗ. Vui lòng chọn ngày giờ khác.',
    'error.slotRequired': 'Vui lòng chọn ngày giờ.',
    'error.slotUnknown': 'Thủ tục này không có ngày giờ bạn đã chọn. Hãy tải lại trang và chọn lại.',
  },
  'pt-BR': {
    'error.slotFull': '“{slot}” está lotado. Escolha outra data e horário.',
    'error.slotRequired': 'Escolha uma data e horário.',
    'error.slotUnknown': 'A data e horário escolhidos não existem neste procedimento. Recarregue a página e escolha novamente.',
  },
};
