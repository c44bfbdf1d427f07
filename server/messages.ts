// The server's catalogue: the shared one (core/messages.ts) plus the messages only staff
// read, added once here so the citizen bundle never carries them.
import { addMessages, message, supportedLangs } from '../core/messages.ts';
import { staffEn, staffJa } from '../core/staff-messages.ts';

addMessages('ja', staffJa);
addMessages('en', staffEn);

export { message, supportedLangs };
