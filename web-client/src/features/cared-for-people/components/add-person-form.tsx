import { useTranslation } from 'react-i18next';
import { useAddCaredForPerson } from '../api/add-cared-for-person';
import { CaredForPersonForm } from './cared-for-person-form';
import { peoplePath } from './people-list';

/** AddCaredForPerson: the carer tells us about someone they care for. */
export function AddPersonForm({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation('people');
  const addPerson = useAddCaredForPerson();
  return (
    <CaredForPersonForm
      voice="carer"
      title={t('add.title')}
      caption={t('title')}
      backTo={peoplePath}
      submitText={t('add.save')}
      pending={addPerson.isPending}
      onSend={(body, onProblem) => addPerson.mutate(body, { onSuccess: () => onAdded(`${body.givenName} ${body.familyName}`), onError: onProblem })}
    />
  );
}
