// Submission statuses and how each reads to a citizen.
import type { LocalText } from './definition.ts';

export const STATUSES = ['received', 'in_progress', 'completed', 'rejected', 'returned', 'withdrawn', 'waitlisted'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, LocalText> = {
  received: { ja: '受付済み', 'ja-easy': '受け付けました', en: 'Received', 'zh-CN': '已受理', ko: '접수 완료', vi: 'Đã tiếp nhận', 'pt-BR': 'Recebido' },
  in_progress: { ja: '処理中', 'ja-easy': '確認しています', en: 'In progress', 'zh-CN': '处理中', ko: '처리 중', vi: 'Đang xử lý', 'pt-BR': 'Em andamento' },
  completed: { ja: '完了', 'ja-easy': '終わりました', en: 'Completed', 'zh-CN': '已完成', ko: '완료', vi: 'Đã hoàn tất', 'pt-BR': 'Concluído' },
  rejected: { ja: '却下', 'ja-easy': '受け付けることができませんでした（却下）', en: 'Rejected', 'zh-CN': '未予受理（驳回）', ko: '각하', vi: 'Bị từ chối', 'pt-BR': 'Indeferido' },
  returned: {
    ja: '差戻し（修正をお願いします）',
    'ja-easy': '直してください（差戻し）',
    en: 'Returned for correction',
    'zh-CN': '退回（请修改）',
    ko: '반려(수정해 주세요)',
    vi: 'Trả lại để sửa',
    'pt-BR': 'Devolvido para correção',
  },
  waitlisted: { ja: '順番待ち', 'ja-easy': '空きを待っています（順番待ち）', en: 'On the waiting list', 'zh-CN': '候补中', ko: '대기 중', vi: 'Trong danh sách chờ', 'pt-BR': 'Na lista de espera' },
  withdrawn: { ja: '取下げ', 'ja-easy': 'やめました（取下げ）', en: 'Withdrawn', 'zh-CN': '已撤回', ko: '취하', vi: 'Đã rút đơn', 'pt-BR': 'Desistência' },
};
