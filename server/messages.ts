// The server's catalogue: the shared one (core/messages.ts) plus the messages only staff
// read, added once here so the citizen bundle never carries them, and every citizen
// language so answers come in the caller's language (Accept-Language).
import { addMessages, message, supportedLangs } from '../core/messages.ts';
import { messagesEn } from '../core/messages-en.ts';
import { messagesJaEasy } from '../core/messages-ja-easy.ts';
import { messagesKo } from '../core/messages-ko.ts';
import { messagesPtBR } from '../core/messages-pt-BR.ts';
import { messagesVi } from '../core/messages-vi.ts';
import { messagesZhCN } from '../core/messages-zh-CN.ts';
import { staffEn, staffJa } from '../core/staff-messages.ts';

addMessages('ja', staffJa);
addMessages('en', messagesEn);
addMessages('en', staffEn);
addMessages('ja-easy', messagesJaEasy);
addMessages('zh-CN', messagesZhCN);
addMessages('ko', messagesKo);
addMessages('vi', messagesVi);
addMessages('pt-BR', messagesPtBR);

export { message, supportedLangs };
