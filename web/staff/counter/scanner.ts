// The counter tablet's camera reading a receipt QR code. Loaded only when a clerk presses
// 「カメラで読み取る」 (its own chunk: jsQR is 40 KB nobody else needs). BarcodeDetector
// where the browser has it (Chrome on Android and ChromeOS, Safari), otherwise jsQR on
// frames drawn to a canvas, a few times a second so an old tablet stays responsive.
export interface Scanner {
  stop(): void;
}

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorClass = { new (o: { formats: string[] }): Detector; getSupportedFormats?(): Promise<string[]> };

const INTERVAL_MS = 200;

async function nativeDetector(): Promise<Detector | null> {
  const Ctor = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Ctor) return null;
  try {
    const formats = (await Ctor.getSupportedFormats?.()) ?? ['qr_code'];
    return formats.includes('qr_code') ? new Ctor({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

async function jsqrDetector(): Promise<Detector> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  return {
    async detect(source) {
      const video = source as HTMLVideoElement;
      const w = video.videoWidth;
      const h = video.videoHeight;
      if (!w || !h) return [];
      // Scale big frames down: jsQR's cost grows with pixels, a QR at the counter is large.
      const scale = Math.min(1, 800 / Math.max(w, h));
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      g.drawImage(video, 0, 0, canvas.width, canvas.height);
      const img = g.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
      return code ? [{ rawValue: code.data }] : [];
    },
  };
}

/**
 * Starts the rear camera in `video` and calls onText with each QR text read until stop().
 * Rejects when there is no camera or the clerk refuses access (the caller says so).
 */
export async function startScanner(video: HTMLVideoElement, onText: (text: string) => void): Promise<Scanner> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    video.muted = true;
    video.setAttribute('playsinline', '');
    await video.play();
    const detector = (await nativeDetector()) ?? (await jsqrDetector());
    const tick = async () => {
      if (stopped) return;
      try {
        const found = await detector.detect(video);
        for (const f of found) if (!stopped) onText(f.rawValue);
      } catch {
        // a frame that could not be read: try the next one
      }
      if (!stopped) timer = setTimeout(tick, INTERVAL_MS);
    };
    tick();
  } catch (e) {
    stop();
    throw e;
  }
  return { stop };
}
