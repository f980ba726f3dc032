using System.ComponentModel.DataAnnotations;
using Carers.Api.Domain;
using Carers.Api.Infrastructure;

namespace Carers.Api.Features.StatutoryReturns;

/// <summary>The carer's age at the end of the financial year, in SALT's bands.</summary>
public enum Lts003AgeBand { Age18To64, Age65To74, Age75To84, Age85To94, Age95AndOver }

/// <summary>The cared-for person's main need, grouped as SALT's primary support reasons; noneRecorded when the carer has no caring relationship in the year.</summary>
public enum Lts003Need { PhysicalSupport, SensorySupport, SupportWithMemoryAndCognition, LearningDisabilitySupport, MentalHealthSupport, SocialSupport, NoneRecorded }

/// <summary>One cell row of LTS003: carers in an age band caring for someone with a need, by the highest support type each had.</summary>
public sealed record Lts003Row(Lts003AgeBand AgeBand, Lts003Need CaredForMainNeed, [property: Range(0, int.MaxValue)] int DirectPayment,
    [property: Range(0, int.MaxValue)] int CommissionedSupport, [property: Range(0, int.MaxValue)] int InformationAndAdviceOnly, [property: Range(0, int.MaxValue)] int Total)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Lts003Row Example =>
        new(Lts003AgeBand.Age18To64, Lts003Need.PhysicalSupport, 41, 128, 305, 474);
}

/// <summary>LTS003 for a financial year: every age band and need (zeros included), and the totals by support type.</summary>
public sealed record Lts003Report([property: Range(ReturnPeriod.FirstYear, ReturnPeriod.LastYear)] int FinancialYear, [property: MaxLength(7)] string FinancialYearLabel,
    DateOnly From, DateOnly To, [property: MaxLength(35)] IReadOnlyList<Lts003Row> Rows,
    [property: Range(0, int.MaxValue)] int DirectPayment, [property: Range(0, int.MaxValue)] int CommissionedSupport,
    [property: Range(0, int.MaxValue)] int InformationAndAdviceOnly, [property: Range(0, int.MaxValue)] int Total)
{
    /// <summary>The example the contract shows (synthetic).</summary>
    public static Lts003Report Example =>
        new(
            2025,
            "2025-26",
            new DateOnly(2025, 4, 1),
            new DateOnly(2026, 3, 31),
            [Lts003Row.Example, new(Lts003AgeBand.Age65To74, Lts003Need.SupportWithMemoryAndCognition, 12, 57, 96, 165)],
            53,
            185,
            401,
            639);
}

/// <summary>Counts LTS003 from a year's CLD rows (decision 0019 and docs/statutory-returns.md define it).</summary>
public static class Lts003
{
    private enum Support { DirectPayment, CommissionedSupport, InformationAndAdviceOnly }

    public static readonly IReadOnlyList<string> CsvHeader =
        ["Carer_Age_Band", "Cared_For_Primary_Support_Reason", "Direct_Payment", "Commissioned_Support", "Information_Advice_Only", "Total"];

    public static readonly IReadOnlyDictionary<Lts003AgeBand, string> AgeBandText = new Dictionary<Lts003AgeBand, string>
    {
        [Lts003AgeBand.Age18To64] = "18-64",
        [Lts003AgeBand.Age65To74] = "65-74",
        [Lts003AgeBand.Age75To84] = "75-84",
        [Lts003AgeBand.Age85To94] = "85-94",
        [Lts003AgeBand.Age95AndOver] = "95+",
    };

    public static readonly IReadOnlyDictionary<Lts003Need, string> NeedText = new Dictionary<Lts003Need, string>
    {
        [Lts003Need.PhysicalSupport] = "Physical Support",
        [Lts003Need.SensorySupport] = "Sensory Support",
        [Lts003Need.SupportWithMemoryAndCognition] = "Support with Memory and Cognition",
        [Lts003Need.LearningDisabilitySupport] = "Learning Disability Support",
        [Lts003Need.MentalHealthSupport] = "Mental Health Support",
        [Lts003Need.SocialSupport] = "Social Support",
        [Lts003Need.NoneRecorded] = "Not recorded",
    };

    public static Lts003AgeBand BandFor(int age) => age switch
    {
        < 65 => Lts003AgeBand.Age18To64,
        < 75 => Lts003AgeBand.Age65To74,
        < 85 => Lts003AgeBand.Age75To84,
        < 95 => Lts003AgeBand.Age85To94,
        _ => Lts003AgeBand.Age95AndOver,
    };

    public static Lts003Need NeedFor(string? mainNeed) => mainNeed is null ? Lts003Need.NoneRecorded : Vocabulary.Parse<MainNeed>(mainNeed) switch
    {
        MainNeed.Frailty or MainNeed.PhysicalDisability or MainNeed.LongTermIllness => Lts003Need.PhysicalSupport,
        MainNeed.SensoryImpairment => Lts003Need.SensorySupport,
        MainNeed.Dementia => Lts003Need.SupportWithMemoryAndCognition,
        MainNeed.LearningDisability => Lts003Need.LearningDisabilitySupport,
        MainNeed.MentalHealth => Lts003Need.MentalHealthSupport,
        _ => Lts003Need.SocialSupport,
    };

    public static Lts003Report Count(ReturnPeriod year, CarerEventReader.Snapshot snapshot, IReadOnlyList<ClientLevelDataRow> rows)
    {
        // Requests alone are not support; everything else a carer had in the year is, ranked.
        var carers = rows.Where(r => r.EventType != CldEventType.Request)
            .GroupBy(r => Guid.Parse(r.LaPersonUniqueIdentifier))
            .Select(g =>
            {
                var person = snapshot.People[g.Key];
                var main = snapshot.Relationships[g.Key].FirstOrDefault(r => r.ActiveBetween(year.From, year.To));
                return (Band: BandFor(CarerCategories.Age(person.DateOfBirth, year.To)), Need: NeedFor(main?.MainNeed), Support: g.Min(SupportOf));
            })
            .ToList();

        var cells = (from band in Enum.GetValues<Lts003AgeBand>()
                     from need in Enum.GetValues<Lts003Need>()
                     let here = carers.Where(c => c.Band == band && c.Need == need).ToList()
                     select new Lts003Row(band, need,
                         here.Count(c => c.Support == Support.DirectPayment),
                         here.Count(c => c.Support == Support.CommissionedSupport),
                         here.Count(c => c.Support == Support.InformationAndAdviceOnly),
                         here.Count)).ToList();
        return new Lts003Report(year.Year, FinancialYear.Label(year.Year), year.From, year.To, cells,
            cells.Sum(c => c.DirectPayment), cells.Sum(c => c.CommissionedSupport), cells.Sum(c => c.InformationAndAdviceOnly), carers.Count);
    }

    private static Support SupportOf(ClientLevelDataRow row) => row switch
    {
        { DeliveryMechanism: CldDeliveryMechanism.DirectPayment } => Support.DirectPayment,
        { DeliveryMechanism: CldDeliveryMechanism.CassrCommissionedSupport } => Support.CommissionedSupport,
        _ => Support.InformationAndAdviceOnly,
    };
}
