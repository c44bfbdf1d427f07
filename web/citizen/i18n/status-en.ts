// English texts of the status pages. Same keys as status-ja.ts (the type enforces it).
import type { StatusKey } from './status-ja.ts';

export const statusEn: Record<StatusKey, string> = {
  'status.title': 'Application status',
  'status.form': 'Procedure',
  'status.receipt': 'Receipt number',
  'status.status': 'Status',
  'status.filed': 'Filed',
  'status.history': 'History',
  'status.notFound': 'The application was not found. Check the link.',
  'status.network': 'No connection. Check your connection and try again.',

  'returned.title': 'Please correct your application',
  'returned.intro': 'The office has asked you to correct your application. Read their comment, then press "Correct" to change your answers and send them again.',
  'returned.comment': 'Comment from the office',
  'returned.fix': 'Correct',

  'messages.title': 'Messages',
  'messages.office': 'From the office',
  'messages.you': 'From you',

  'withdraw.title': 'Withdraw your application',
  'withdraw.intro': 'If you no longer need this application, you can withdraw it.',
  'withdraw.start': 'Withdraw this application',
  'withdraw.confirmTitle': 'Withdraw this application?',
  'withdraw.confirmText': 'If you withdraw it, the office stops processing this application. This cannot be undone: if you need it later, apply again from the start.',
  'withdraw.reason': 'Why are you withdrawing?',
  'withdraw.reasonHint': 'You can leave this empty.',
  'withdraw.confirm': 'Withdraw',
  'withdraw.sending': 'Sending…',
  'withdraw.cancel': 'Keep my application',
  'withdraw.invalid': 'The application could not be withdrawn. Check the following:',
  'withdraw.failed': 'The application could not be withdrawn. Try again later.',
  'withdraw.done': 'Your application has been withdrawn.',

  'fix.banner': 'You are correcting application {n}.',
  'fix.showComment': 'Comment from the office',
  'fix.backToStatus': 'Back to your application status',
  'fix.checkTitle': 'Check your corrected answers',
  'fix.checkIntro': 'Check that everything is correct, then press "Send corrections".',
  'fix.submit': 'Send corrections',
  'fix.sending': 'Sending…',
  'fix.failed': 'This could not be sent. Try again later.',
  'fix.network': 'No connection. Press "Send corrections" again.',
  'fix.unavailable': 'This application cannot be corrected now. See its current status on the status page.',
  'fix.sent': 'Your corrected answers have been sent. The office will check them again.',
};
