// Whether this page is 窓口代理入力 (/proxy/forms/...). Apart from lib/proxy-mode.ts so the
// pages every citizen loads carry this one line, not the counter's code.
export const inProxy = (): boolean => location.pathname.startsWith('/proxy/');
