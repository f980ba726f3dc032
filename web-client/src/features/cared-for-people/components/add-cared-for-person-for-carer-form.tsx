import { useAddCaredForPersonForCarer } from '../api/add-cared-for-person-for-carer';
import { CaredForPersonForm } from './cared-for-person-form';

type Props = { carerId: string; carerName: string | undefined; backTo: string; onAdded: (name: string) => void };

/** AddCaredForPersonForCarer: staff add someone the carer told them about, by phone or face to face. */
export function AddCaredForPersonForCarerForm({ carerId, carerName, backTo, onAdded }: Props) {
  const addPerson = useAddCaredForPersonForCarer();
  return (
    <CaredForPersonForm
      voice="staff"
      title="Add someone they care for"
      caption={carerName ?? 'Carer record'}
      backTo={backTo}
      backText="Back to the carer record"
      submitText="Save"
      pending={addPerson.isPending}
      onSend={(body, onProblem) =>
        addPerson.mutate({ carerId, body }, { onSuccess: () => onAdded(`${body.givenName} ${body.familyName}`), onError: onProblem })
      }
    />
  );
}
