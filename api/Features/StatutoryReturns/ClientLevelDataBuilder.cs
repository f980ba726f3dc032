using Carers.Api.Domain;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>Turns a period's carer events into CLD rows (decision 0019 says why each mapping is what it is).</summary>
public static class ClientLevelDataBuilder
{
    public static IReadOnlyList<ClientLevelDataRow> Build(ReturnPeriod period, CarerEventReader.Snapshot snapshot)
    {
        var rows = new List<ClientLevelDataRow>();
        foreach (var e in snapshot.Events)
        {
            if (!snapshot.People.TryGetValue(e.PersonId, out var person)) continue;
            // CLD is adult social care: support for carers under 18 is children's services' to report.
            if (CarerCategories.Age(person.DateOfBirth, e.StartOn) < 18) continue;

            var end = e.EndOn is { } on && on <= period.To ? on : (DateOnly?)null;
            var active = snapshot.Relationships[e.PersonId].Where(r => r.ActiveBetween(e.StartOn, end ?? period.To)).ToList();
            var adults = active.Where(r => r.CaredForDateOfBirth is not { } dob || CarerCategories.Age(dob, e.StartOn) >= 18)
                .Select(r => r.CaredForPersonId.ToString()).ToList();
            var row = new ClientLevelDataRow
            {
                ReportingPeriodStartDate = period.From,
                ReportingPeriodEndDate = period.To,
                NhsNumber = person.NhsNumber,
                LaPersonUniqueIdentifier = person.Id.ToString(),
                GpPracticeCode = person.GpPracticeOdsCode,
                Ethnicity = person.Ethnicity,
                DateOfBirth = person.DateOfBirth,
                Postcode = person.Postcode,
                EventReference = e.Reference,
                EventStartDate = e.StartOn,
                EventEndDate = end,
                TotalHoursCaringPerWeek = active.Count == 0 ? null : active.Sum(r => r.HoursPerWeek),
                NumberOfAdultsBeingCaredFor = adults.Count,
                Adult1LinkedPersonId = adults.ElementAtOrDefault(0),
                Adult2LinkedPersonId = adults.ElementAtOrDefault(1),
                Adult3LinkedPersonId = adults.ElementAtOrDefault(2),
            };
            rows.Add(e.Kind switch
            {
                "request" => row with
                {
                    EventType = CldEventType.Request,
                    EventOutcome = e.Detail == "declined" ? CldEventOutcome.SupportDeclined : CldEventOutcome.ProgressToAssessment,
                    RequestRouteOfAccess = e.Route == "self" ? CldRouteOfAccess.SelfReferral : CldRouteOfAccess.CommunityOrOtherRoute,
                },
                "assessment" => row with
                {
                    EventType = CldEventType.Assessment,
                    EventOutcome = e.Eligible == true ? CldEventOutcome.ProgressToSupportPlanningOrServices : CldEventOutcome.InformationAndAdviceOnly,
                    AssessmentType = CldCodes.CarerAssessmentType,
                    EligibleNeedsIdentified = e.Eligible,
                    MethodOfAssessment = e.SelfAssessment ? CldMethod.SupportedSelfAssessment : CldMethod.FaceToFace,
                },
                "review" => row with
                {
                    EventType = CldEventType.Review,
                    EventOutcome = CldEventOutcome.NoChangeInPackage,
                    ReviewReason = CldCodes.PlannedReview,
                    MethodOfReview = CldMethod.FaceToFace,
                },
                "grant" => row with
                {
                    EventType = CldEventType.Service,
                    EventOutcome = CldEventOutcome.ServiceEndedAsPlanned,
                    ServiceType = CldServiceType.CarerSupportDirectToCarer,
                    ServiceComponent = CldServiceComponent.DirectPayment,
                    DeliveryMechanism = CldDeliveryMechanism.DirectPayment,
                },
                "break" => row with
                {
                    EventType = CldEventType.Service,
                    EventOutcome = end is null ? CldEventOutcome.ProvisionOfService : CldEventOutcome.ServiceEndedAsPlanned,
                    ServiceType = CldServiceType.CarerSupportDirectToCarer,
                    ServiceComponent = CldServiceComponent.CarerRespite,
                    DeliveryMechanism = CldDeliveryMechanism.CassrCommissionedSupport,
                },
                _ => row with
                {
                    EventType = CldEventType.Service,
                    EventOutcome = CldEventOutcome.InformationAndAdviceOnly,
                    ServiceType = CldServiceType.CarerSupportDirectToCarer,
                    ServiceComponent = CldServiceComponent.CarerUniversalServices,
                },
            });
        }

        return rows;
    }
}
