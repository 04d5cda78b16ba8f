import { describe, expect, it } from 'vitest';
import { fieldProps, groupFieldProps } from './field-props.ts';

type Values = { note: string; date: string };
type Field = keyof Values;

function source() {
  const writes: [Field, string][] = [];
  const form = {
    values: { note: 'hei', date: '2026-01-02' } as Values,
    errors: { date: 'Ugyldig dato' } as Partial<Record<Field, string>>,
    set: (field: Field, value: string) => writes.push([field, value]),
  };
  return { form, writes };
}

const fieldId = (field: Field) => `x-${field}`;

describe('fieldProps', () => {
  it('gives a field its id, value and error from the form', () => {
    const { form } = source();
    const field = fieldProps(form, fieldId);
    expect(field.value('date')).toMatchObject({ id: 'x-date', value: '2026-01-02', error: 'Ugyldig dato' });
    expect(field.input('note')).toMatchObject({ id: 'x-note', value: 'hei', error: undefined });
  });

  it('writes back the value a component hands over, or the value of an input’s change event', () => {
    const { form, writes } = source();
    const field = fieldProps(form, fieldId);
    field.value('date').onChange('2026-02-03');
    field.input('note').onChange({ target: { value: 'ny' } });
    expect(writes).toEqual([
      ['date', '2026-02-03'],
      ['note', 'ny'],
    ]);
  });

  it('reports a group’s change as (change, field) to the form that holds the group', () => {
    const changes: [Partial<Values>, Field][] = [];
    const field = groupFieldProps<Values, Field>(
      { note: '', date: '' },
      {},
      (change, name) => changes.push([change, name]),
      fieldId,
    );
    field.input('note').onChange({ target: { value: 'tekst' } });
    expect(changes).toEqual([[{ note: 'tekst' }, 'note']]);
  });
});
