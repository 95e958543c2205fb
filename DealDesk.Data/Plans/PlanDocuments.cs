using System.Text.Json;
using System.Text.Json.Serialization;
using DealDesk.Core.Common;
using DealDesk.Core.Plans;
using DealDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DealDesk.Data.Plans;

/// <summary>How plan documents are stored (JSON, enums by name so a reordered enum cannot change a saved plan) and
/// the version projection both plan services share.</summary>
internal static class PlanDocuments
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Plan texts are user text like any entity's, but they reach the database inside one JSON document, which
        // escapes a hidden character rather than dropping it: clean every string on its way in.
        Converters = { new JsonStringEnumConverter(), new CleanTextConverter() },
    };

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Read<T>(string json)
        where T : class, new() =>
        JsonSerializer.Deserialize<T>(json, Options) ?? new T();

    /// <summary>Versions with the name of who saved them. Users are reached from the tenant-filtered version rows,
    /// so another workspace's user names cannot be read through here.</summary>
    public static IQueryable<StoredVersion> WithSaver<TVersion>(DealDeskDbContext db, IQueryable<TVersion> versions)
        where TVersion : PlanVersion =>
        versions.Select(v => new StoredVersion(v.Number, v.Document, v.SavedAt,
            db.Users.Where(u => u.Id == v.SavedBy).Select(u => u.DisplayName).FirstOrDefault()));

    public static PlanSnapshot<T> Snapshot<T>(StoredVersion? stored)
        where T : class, new() =>
        stored is null ? new PlanSnapshot<T>(new T(), null) : new PlanSnapshot<T>(Read<T>(stored.Document), stored.Info);

    public static async Task<IReadOnlyList<PlanVersionInfo>> ListAsync<TVersion>(DealDeskDbContext db,
        IQueryable<TVersion> versions, CancellationToken cancellationToken)
        where TVersion : PlanVersion =>
        await versions.OrderByDescending(v => v.Number)
            .Select(v => new PlanVersionInfo(v.Number,
                db.Users.Where(u => u.Id == v.SavedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "Someone",
                v.SavedAt))
            .ToListAsync(cancellationToken);

    internal sealed record StoredVersion(int Number, string Document, DateTime SavedAt, string? SavedByName)
    {
        public PlanVersionInfo Info => new(Number, SavedByName ?? "Someone", SavedAt);
    }
}

/// <summary>Writes every string of a plan document through <see cref="UserText.Multiline"/>: plan fields may hold
/// line breaks, never control characters or bidirectional overrides.</summary>
internal sealed class CleanTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(UserText.Multiline(value));
}
