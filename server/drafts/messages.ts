// Refusals of the 一時保存 routes, added to the server catalogue (the citizen app shows
// the server's message, so these need not travel in its bundle).
import { addMessages } from '../../core/messages.ts';

addMessages('ja', {
  'error.draftNotFound': 'この一時保存は見つかりません。有効期限が過ぎたか、すでに申請が済んでいます。最初から入力してください。',
  'error.draftBody': '一時保存の内容を読み取れませんでした。',
  'error.draftUnknownKey': '「{key}」は一時保存に使えない項目です。',
  'error.draftVersion': '手続きの版（version）を整数で指定してください。',
  'error.draftAnswers': '回答（answers）をオブジェクトで指定してください。',
  'error.draftAnswerKey': '「{key}」はこの手続きにない項目です。',
  'error.draftPage': 'ページ番号（page）は0以上、この手続きのページ数未満の整数で指定してください。',
  'error.draftEmail': 'メールアドレスの形式が正しくありません（例: name@example.jp）。',
  'error.resumeMailLimited': 'このメールアドレスには、続きのリンクを短い間にたくさん送りました。{minutes}分ほど待ってから、もう一度お試しください。入力した内容は消えていません。',
});

addMessages('en', {
  'error.draftNotFound': 'This saved application was not found. It has expired or was already sent. Please start again.',
  'error.draftBody': 'We could not read the saved answers.',
  'error.draftUnknownKey': '"{key}" cannot be saved.',
  'error.draftVersion': 'Give the form version as a whole number.',
  'error.draftAnswers': 'Give the answers as an object.',
  'error.draftAnswerKey': '"{key}" is not a question of this form.',
  'error.draftPage': 'The page must be a whole number from 0 to the number of pages minus one.',
  'error.draftEmail': 'Enter an e-mail address in the right format, like name@example.com.',
  'error.resumeMailLimited': 'We have sent many links to this address in a short time. Wait about {minutes} minutes and try again. Nothing you typed is lost.',
});
