using System.Globalization;
using System.Text;
using CsvHelper;

namespace Carers.Api.Features.Grants;

/// <summary>The payment file for finance: approved, unpaid grants, one row each, written with CsvHelper.</summary>
public static class GrantPaymentFile
{
    public const string BatchSql = """
        SELECT g.payment_batch, g.id, c.given_name || ' ' || c.family_name AS payee, c.postcode, g.amount_pence, g.purpose, g.approved_on
        FROM grant_application g JOIN carer c ON c.id = g.carer_id WHERE g.payment_batch = @Batch ORDER BY g.approved_on, g.id
        """;

    public sealed record Line
    {
        public string PaymentBatch { get; init; } = "";
        public Guid Id { get; init; }
        public string Payee { get; init; } = "";
        public string Postcode { get; init; } = "";
        public int AmountPence { get; init; }
        public string Purpose { get; init; } = "";
        public DateOnly ApprovedOn { get; init; }
    }

    public static string Write(IEnumerable<Line> lines)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "batch_reference", "grant_id", "payee_name", "payee_postcode", "amount_pence", "amount_pounds", "purpose", "approved_on" })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var line in lines)
        {
            csv.WriteField(line.PaymentBatch);
            csv.WriteField(line.Id);
            csv.WriteField(line.Payee);
            csv.WriteField(line.Postcode);
            csv.WriteField(line.AmountPence);
            csv.WriteField((line.AmountPence / 100m).ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(line.Purpose);
            csv.WriteField(line.ApprovedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }

        csv.Flush();
        return writer.ToString();
    }

    public static IResult Csv(string batch, string content) =>
        TypedResults.File(Encoding.UTF8.GetBytes(content), "text/csv", $"grant-payments-{batch}.csv");
}
