// 文字を大きく / 色の組み合わせを見やすく: classes on <html>, remembered on the device.
// Applied by main.tsx before the first render, so the page never shows in the wrong mode
// (an inline script in index.html would be earlier, but the CSP forbids inline scripts).
export type DisplayOption = 'large' | 'contrast';
const KEY = 'madoguchi.display';
const CLASS: Record<DisplayOption, string> = { large: 'display-large', contrast: 'display-contrast' };

export function savedDisplay(): DisplayOption[] {
  try {
    return (localStorage.getItem(KEY) ?? '').split(' ').filter((x): x is DisplayOption => x in CLASS);
  } catch {
    return []; // storage disabled: the default look
  }
}

export function applyDisplay(options: readonly DisplayOption[]): void {
  for (const o of Object.keys(CLASS) as DisplayOption[]) document.documentElement.classList.toggle(CLASS[o], options.includes(o));
}

export function saveDisplay(options: readonly DisplayOption[]): void {
  applyDisplay(options);
  try {
    localStorage.setItem(KEY, options.join(' '));
  } catch {
    // not remembered; still switched for this visit
  }
}
