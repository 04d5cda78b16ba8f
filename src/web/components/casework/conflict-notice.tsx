import { Alert, BodyShort, Button, VStack } from '@navikt/ds-react';

interface Props {
  text: string;
  reloadLabel: string;
  onReload: () => void;
}

/** Someone saved a newer version in between: say so, and offer to start from theirs. */
export function ConflictNotice({ text, reloadLabel, onReload }: Props) {
  return (
    <Alert variant="warning" role="alert" data-testid="version-conflict">
      <VStack gap="space-8" align="start">
        <BodyShort>{text}</BodyShort>
        <Button type="button" size="small" variant="secondary" onClick={onReload}>
          {reloadLabel}
        </Button>
      </VStack>
    </Alert>
  );
}
