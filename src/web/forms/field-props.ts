/** What a field reads from its form and how it writes back. */
export interface FieldSource<V, F extends string> {
  values: V;
  errors: Partial<Record<F, string>>;
  set: (field: F, value: string) => void;
}

/**
 * The props every field takes from its form: id, value, error and a change handler, written once
 * instead of at each field. `value` suits our components that hand back the new value (DateField,
 * CodeSelect); `input` suits Aksel's inputs that hand back the change event (TextField, Textarea,
 * Select).
 */
export function fieldProps<V, F extends string>(form: FieldSource<V, F>, fieldId: (field: F) => string) {
  const common = <K extends F & keyof V>(field: K) => ({
    id: fieldId(field),
    value: form.values[field],
    error: form.errors[field],
  });
  return {
    value: <K extends F & keyof V>(field: K) => ({
      ...common(field),
      onChange: (value: string) => form.set(field, value),
    }),
    input: <K extends F & keyof V>(field: K) => ({
      ...common(field),
      onChange: (event: { target: { value: string } }) => form.set(field, event.target.value),
    }),
  };
}

/** The same for a group of fields that reports changes as `(change, field)` to the form that holds it. */
export function groupFieldProps<V, F extends string>(
  values: V,
  errors: Partial<Record<F, string>>,
  onChange: (change: Partial<V>, field: F) => void,
  fieldId: (field: F) => string,
) {
  const set = (field: F, value: string) => onChange({ [field]: value } as Partial<V>, field);
  return fieldProps({ values, errors, set }, fieldId);
}

/** The binder of a group of text fields, as a component that draws the group takes it. */
export interface FieldBinder<F extends string> {
  value: (field: F) => BoundField<(value: string) => void>;
  input: (field: F) => BoundField<(event: { target: { value: string } }) => void>;
}

interface BoundField<H> {
  id: string;
  value: string;
  error: string | undefined;
  onChange: H;
}
