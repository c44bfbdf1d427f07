// The printed page: A4 portrait, margins wide enough for a binder's punch holes, sizes
// readable for older eyes (values at 10 pt in a universal-design face), and only greys
// so that black-and-white office printers reproduce it faithfully.
import { grayscale } from 'pdf-lib';

export const PAGE = { width: 595.28, height: 841.89 } as const; // A4 in points
export const MARGIN = { left: 48, right: 40, top: 44, bottom: 48 } as const;
export const LEFT = MARGIN.left;
export const RIGHT = PAGE.width - MARGIN.right;
export const TOP = PAGE.height - MARGIN.top;
export const CONTENT_WIDTH = RIGHT - LEFT;

export const SIZE = {
  city: 10.5,
  title: 17,
  metaLabel: 8.5,
  receipt: 13,
  meta: 10,
  section: 11,
  heading: 10,
  label: 9,
  value: 10,
  running: 8,
  caption: 7.5,
} as const;

/** Line height of answers and labels, so both columns share baselines. */
export const LINE = 14.5;
/** Width of the label column, and the indent of each nesting level inside it. */
export const LABEL_WIDTH = 168;
export const INDENT = 12;
export const COLUMN_GAP = 12;
export const QR_WIDTH = 76;

export const INK = grayscale(0);
export const MUTED = grayscale(0.3);
export const RULE = grayscale(0.72);
export const BAND = grayscale(0.91);
