// Errors appear when the citizen leaves a field. If they left it by tapping something else
// (a button, the next question), showing the message at once would push the page down
// between press and release, and the tap would land on the wrong thing, or nothing.
// So while a pointer is pressed, the reveal waits until the tap has been handled.
let pressed = false;
let queue: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  pressed = false;
  clearTimeout(timer);
  const run = queue;
  queue = [];
  for (const fn of run) fn();
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('click', () => setTimeout(flush, 0), true);
  // A press that ends without a click (scrolling, dragging): give up waiting shortly after.
  document.addEventListener('pointerup', () => {
    clearTimeout(timer);
    timer = setTimeout(flush, 400);
  }, true);
  document.addEventListener('pointercancel', () => setTimeout(flush, 0), true);
}

/** Runs `fn` now, or once the tap in progress has been handled. */
export function afterPointer(fn: () => void): void {
  if (pressed) queue.push(fn);
  else fn();
}
