using System.Text.Json;
using DealDesk.Core.Intelligence.Health;
namespace DealDesk.Data.Intelligence.Health;

/// <summary>The JSON form of a calculation's factors in <c>deal_health_history.FactorsJson</c>.</summary>
internal static class HealthFactorsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<HealthFactor> factors) => JsonSerializer.Serialize(factors, Options);

    public static IReadOnlyList<HealthFactor> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<HealthFactor>>(json, Options) ?? [];
}
