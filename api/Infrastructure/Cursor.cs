using System.ComponentModel.DataAnnotations;
using FluentValidation;
using System.Text.Json;

namespace Carers.Api.Infrastructure;

/// <summary>
/// Opaque keyset cursors (SPEC §8: lists are paged with a cursor). The client sends back what
/// it was given; a cursor that does not decode is bad input, never a 500.
/// </summary>
public static class Cursor
{
    /// <summary>No list endpoint returns more than this many items in one page.</summary>
    public const int MaxPageSize = 100;

    public const int MaxLength = 500;

    public static string Encode<T>(T position) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(position))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode<T>(string? cursor, out T? position) where T : class
    {
        position = null;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            position = JsonSerializer.Deserialize<T>(Convert.FromBase64String(base64));
            return position is not null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }

    public static bool IsValid<T>(string? cursor) where T : class => TryDecode<T>(cursor, out _);
}

/// <summary>The rules every paged list shares: a limit of 1 to <see cref="Cursor.MaxPageSize"/>, and a cursor we gave out.</summary>
public static class PagingRules
{
    public static IRuleBuilderOptions<T, int?> PageLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Limit must be between 1 and {Cursor.MaxPageSize}");

    public static IRuleBuilderOptions<T, string?> PageCursor<T, TPosition>(this IRuleBuilder<T, string?> rule) where TPosition : class =>
        rule.MaximumLength(Cursor.MaxLength).Must(c => Cursor.IsValid<TPosition>(c)).WithMessage("This cursor is not one we gave you");
}

/// <summary>One page of a list: the items and the cursor for the next page (null on the last).</summary>
public sealed record Page<T>([property: MaxLength(Cursor.MaxPageSize)] IReadOnlyList<T> Items, [property: MaxLength(Cursor.MaxLength)] string? NextCursor);
