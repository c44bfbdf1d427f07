// 窓口代理入力: the staff app's way into proxy mode (counter page, form list).
export const proxyJa = {
  'proxy.title': '窓口で代理入力',
  'proxy.intro': '申請者と一緒に、または申請者にかわって、この端末で申請を入力します。送信すると、あなたが代理入力したことが記録されます。入力した内容はこの端末に残りません。',
  'proxy.open': '窓口で代理入力',
  'proxy.openNamed': '「{title}」を窓口で代理入力',
  'proxy.none': '代理入力できる公開中の手続きはありません。',
};
