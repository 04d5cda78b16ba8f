import { Alert, BodyShort, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import type { CareerProfile } from '../../api/casework-types.ts';
import { useCodeList } from '../../codes/use-code-list.ts';
import { formatDateTime, formatList } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/use-t.ts';
import { Byline } from './byline.tsx';
import { DetailRow } from './detail-row.tsx';
import { EducationList, WorkList } from './experience-list.tsx';
import { formatNumber } from './format-number.ts';

interface Props {
  profile: CareerProfile;
  versions: number;
  /** IPS ung: education goals come first, as prominently as work. */
  youth: boolean;
}

/** The latest version of the career profile, with which version it is and who saved it. */
export function CareerProfileView({ profile, versions, youth }: Props) {
  const { t, lang } = useI18n();
  const p = t.casework.profile;
  const occupations = useCodeList('occupations');
  const disclosure = useCodeList('disclosure_preferences');
  const supports = useCodeList('support_kinds');
  const c = profile.content;
  const list = (items: string[]) => (items.length > 0 ? formatList(items, lang) : '');

  return (
    <VStack gap="space-16" data-testid="profile-view">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center" wrap>
          <Heading level="3" size="small">
            {p.version(profile.version, formatDateTime(profile.recordedAt, lang))}
          </Heading>
          {profile.source === 'job_experience' && (
            <Tag variant="info" size="small" data-testid="profile-from-job">
              {p.fromJobExperience}
            </Tag>
          )}
        </HStack>
        <Byline person={profile.recordedBy} at={profile.recordedAt} />
        {versions > 1 && <BodyShort size="small">{p.versions(versions)}</BodyShort>}
      </VStack>
      {youth && (
        <Alert variant="info" size="small">
          <BodyShort weight="semibold">{p.educationGoals}</BodyShort>
          <BodyShort>{c.educationGoals || p.nothing}</BodyShort>
        </Alert>
      )}
      <dl className="detail-list">
        <DetailRow term={p.workHistory}>
          {c.workHistory.length > 0 && <WorkList items={c.workHistory} />}
        </DetailRow>
        <DetailRow term={p.education}>
          {c.education.length > 0 && <EducationList items={c.education} />}
        </DetailRow>
        {!youth && <DetailRow term={p.educationGoals}>{c.educationGoals}</DetailRow>}
        <DetailRow term={p.interests}>{list(c.interests)}</DetailRow>
        <DetailRow term={p.strengths}>{list(c.strengths)}</DetailRow>
        <DetailRow term={p.occupations}>{list(c.preferences.occupations.map(occupations.label))}</DetailRow>
        <DetailRow term={p.hoursPerWeek}>
          {c.preferences.hoursPerWeek === undefined ? '' : formatNumber(c.preferences.hoursPerWeek, lang)}
        </DetailRow>
        <DetailRow term={p.places}>{list(c.preferences.places)}</DetailRow>
        <DetailRow term={p.other}>{c.preferences.other}</DetailRow>
        <DetailRow term={p.disclosure}>{disclosure.label(c.disclosure)}</DetailRow>
        <DetailRow term={p.supports}>{list(c.supports.map(supports.label))}</DetailRow>
        <DetailRow term={p.notes}>{c.notes}</DetailRow>
        <DetailRow term={p.noShowPlan}>{c.noShowPlan}</DetailRow>
      </dl>
    </VStack>
  );
}
