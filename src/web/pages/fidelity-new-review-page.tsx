import { BodyLong, Button, Checkbox, CheckboxGroup, Select, VStack } from '@navikt/ds-react';
import { useId, useState } from 'react';
import { useCreateReview, useReviewerDirectory } from '../api/use-fidelity.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { DateField } from '../components/date-field.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/use-t.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { useCurrentUser } from '../session/session-context.ts';

/** A reviewer opens a review of one of her region's programmes, for a period, with her co-reviewers. */
export function FidelityNewReviewPage() {
  const t = useT();
  const user = useCurrentUser();
  const directory = useReviewerDirectory();
  const body = () => {
    if (directory.error) return <ApiErrorAlert error={directory.error} />;
    if (!directory.data) return <LoadingState />;
    return (
      <NewReviewForm
        programmes={directory.data.programmes}
        reviewers={directory.data.reviewers.filter((r) => r.id !== user.id)}
      />
    );
  };
  return (
    <VStack gap="space-24">
      <PageHeading>{t.fidelity.newReview.title}</PageHeading>
      <BodyLong className="text-column">{t.fidelity.intro}</BodyLong>
      {body()}
    </VStack>
  );
}

interface FormProps {
  programmes: readonly { id: string; name: string }[];
  reviewers: readonly { id: string; name: string }[];
}

function NewReviewForm({ programmes, reviewers }: FormProps) {
  const t = useT();
  const n = t.fidelity.newReview;
  const id = useId();
  const create = useCreateReview();
  const [programmeId, setProgrammeId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reviewDate, setReviewDate] = useState('');
  const [coReviewers, setCoReviewers] = useState<string[]>([]);
  const fieldError = (path: string) => create.error?.errors.find((e) => e.path === path)?.message;
  return (
    <VStack
      as="form"
      gap="space-16"
      align="start"
      aria-label={n.title}
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        const result = await create.run({
          programmeId,
          periodFrom: from,
          periodTo: to,
          reviewDate,
          reviewerIds: coReviewers,
        });
        if (result.ok) navigate(paths.fidelityReview(result.value.id));
      }}
    >
      <Select
        label={n.programme}
        value={programmeId}
        onChange={(e) => setProgrammeId(e.target.value)}
        error={fieldError('programmeId')}
      >
        <option value="">{n.choose}</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <DateField
        id={`${id}-from`}
        label={n.from}
        description=""
        value={from}
        onChange={setFrom}
        error={fieldError('periodFrom')}
      />
      <DateField
        id={`${id}-to`}
        label={n.to}
        description=""
        value={to}
        onChange={setTo}
        error={fieldError('periodTo')}
      />
      <DateField
        id={`${id}-date`}
        label={n.reviewDate}
        description=""
        value={reviewDate}
        onChange={setReviewDate}
        error={fieldError('reviewDate')}
      />
      <CheckboxGroup
        legend={n.coReviewers}
        description={n.coReviewersHelp}
        value={coReviewers}
        onChange={setCoReviewers}
        error={fieldError('reviewerIds')}
      >
        {reviewers.map((r) => (
          <Checkbox key={r.id} value={r.id}>
            {r.name}
          </Checkbox>
        ))}
      </CheckboxGroup>
      {create.error && create.error.errors.length === 0 && <ApiErrorAlert error={create.error} />}
      <Button type="submit" loading={create.pending}>
        {n.submit}
      </Button>
    </VStack>
  );
}
