/**
 * Names for the contract's shapes, read from the generated `paths` (never written by hand), so
 * they follow the operations whatever the schemas are called in openapi.yaml.
 */
import type { paths } from './schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestBody<T> = T extends { requestBody?: infer Body } ? JsonBody<NonNullable<Body>> : never;

export type CarerRecord = JsonBody<paths['/api/me/carer']['get']['responses'][200]>;
export type RegisterCarerRequest = RequestBody<paths['/api/me/carer']['post']>;
export type UpdateMyCarerRecordRequest = RequestBody<paths['/api/me/carer']['put']>;
export type AddCaredForPersonRequest = RequestBody<paths['/api/me/carer/cared-for-people']['post']>;
export type EndCaringRelationshipRequest = RequestBody<paths['/api/me/carer/cared-for-people/{relationshipId}/end']['post']>;
export type GiveConsentRequest = RequestBody<paths['/api/me/carer/consents']['post']>;
export type SearchCarersQuery = NonNullable<paths['/api/carers']['get']['parameters']['query']>;
export type CarerSearchPage = JsonBody<paths['/api/carers']['get']['responses'][200]>;
export type CarerSummary = CarerSearchPage['items'][number];

export type CaredForPerson = CarerRecord['caredForPeople'][number];
export type ConsentState = CarerRecord['consents'][number];

export type RegisteringAs = NonNullable<RegisterCarerRequest['registeringAs']>;
export type ContactChannel = NonNullable<CarerRecord['preferredContactChannel']>;
export type ReasonableAdjustment = NonNullable<CarerRecord['reasonableAdjustments']>[number];
export type Ethnicity = NonNullable<CarerRecord['ethnicity']>;
export type EmploymentStatus = NonNullable<CarerRecord['employmentStatus']>;
export type EducationStatus = NonNullable<CarerRecord['educationStatus']>;
export type CarerCategory = NonNullable<CarerRecord['category']>;
export type IdentificationSource = NonNullable<CarerRecord['identification']>['source'];
export type RelationshipType = NonNullable<CaredForPerson['relationship']>;
export type MainNeed = NonNullable<CaredForPerson['mainNeed']>;
export type HoursBand = NonNullable<CaredForPerson['hoursBand']>;
export type ConsentPurpose = NonNullable<ConsentState['purpose']>;
export type ConsentStatus = NonNullable<ConsentState['status']>;
export type ConsentBasis = NonNullable<GiveConsentRequest['basis']>;
