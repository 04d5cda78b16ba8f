import { Radio, RadioGroup } from '@navikt/ds-react';
import type { ComponentProps, ReactNode } from 'react';
import { FormFrame } from './form-frame.tsx';

type Kind = 'correct' | 'void';

/** The texts every correction form shares. */
interface CorrectionTexts {
  heading: (what: string) => string;
  submit: string;
  kind: string;
  kindCorrect: string;
  kindVoid: string;
}

type Form<F extends string> = ComponentProps<typeof FormFrame<F>>['form'] & {
  values: { kind: Kind };
};

interface Props<F extends string> {
  testId: string;
  /** What the entry is, in words. */
  what: string;
  texts: CorrectionTexts;
  form: Form<F>;
  onKind: (kind: Kind) => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A correction form: it replaced the button that opened it, and asks correct-or-void first. */
export function CorrectionFrame<F extends string>(props: Props<F>) {
  const { texts, form } = props;
  return (
    <FormFrame
      testId={props.testId}
      heading={texts.heading(props.what)}
      form={form}
      submitLabel={texts.submit}
      onCancel={props.onCancel}
      focusOnMount
    >
      <RadioGroup
        id={form.fieldId('kind' as F)}
        legend={texts.kind}
        value={form.values.kind}
        onChange={props.onKind}
      >
        <Radio value="correct">{texts.kindCorrect}</Radio>
        <Radio value="void">{texts.kindVoid}</Radio>
      </RadioGroup>
      {props.children}
    </FormFrame>
  );
}
