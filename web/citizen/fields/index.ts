// One component per widget, like Formbricks' Preact renderer.
import type { FunctionComponent } from 'preact';
import type { Widget } from '../../../core/definition.ts';
import { AttachmentsField } from './attachments.tsx';
import { CheckboxesField } from './checkboxes.tsx';
import { ConsentField } from './consent.tsx';
import { DateField } from './date.tsx';
import { EmailField } from './email.tsx';
import { GroupField } from './group.tsx';
import { KatakanaField } from './katakana.tsx';
import { NameKanaField } from './name-kana.tsx';
import { NumberField } from './number.tsx';
import { PostalAddressField } from './postal-address.tsx';
import { RadioField } from './radio.tsx';
import { SelectField } from './select.tsx';
import { TelField } from './tel.tsx';
import { TextField } from './text.tsx';
import { TextareaField } from './textarea.tsx';
import type { FieldProps } from './types.ts';
import { WarekiDateField } from './wareki-date.tsx';
import { YesNoField } from './yes-no.tsx';

export const WIDGET_COMPONENTS: Record<Widget, FunctionComponent<FieldProps>> = {
  text: TextField,
  textarea: TextareaField,
  number: NumberField,
  email: EmailField,
  tel: TelField,
  date: DateField,
  'wareki-date': WarekiDateField,
  katakana: KatakanaField,
  radio: RadioField,
  checkboxes: CheckboxesField,
  select: SelectField,
  'yes-no': YesNoField,
  consent: ConsentField,
  'name-kana': NameKanaField,
  'postal-address': PostalAddressField,
  attachments: AttachmentsField,
  group: GroupField,
};

export type { FieldContext, FieldProps } from './types.ts';
