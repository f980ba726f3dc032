import { useAddCaredForPerson } from '../api/add-cared-for-person';
import { CaredForPersonForm } from './cared-for-person-form';
import { peoplePath } from './people-list';

/** AddCaredForPerson: the carer tells us about someone they care for. */
export function AddPersonForm({ onAdded }: { onAdded: (name: string) => void }) {
  const addPerson = useAddCaredForPerson();
  return (
    <CaredForPersonForm
      voice="carer"
      title="Tell us about someone you care for"
      caption="People you care for"
      backTo={peoplePath}
      submitText="Save and continue"
      pending={addPerson.isPending}
      onSend={(body, onProblem) => addPerson.mutate(body, { onSuccess: () => onAdded(`${body.givenName} ${body.familyName}`), onError: onProblem })}
    />
  );
}
